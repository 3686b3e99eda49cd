import type { pageSizes } from '../../common/settings';

export type PageSize = (typeof pageSizes)[number];

/** Page sizes in PDF points (1/72 inch), as pdfinfo reports them. */
export const pageSizePoints: Record<PageSize, { width: number; height: number }> = {
  A4: { width: 595.28, height: 841.89 },
  Letter: { width: 612, height: 792 },
};
