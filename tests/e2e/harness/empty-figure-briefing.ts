import type { NewBriefing } from '../../../electron/common/briefing/briefing-requests';

const block = (type: string, text: string) => (text ? { type, content: [{ type: 'text', text }] } : { type });

/** A new briefing whose whole body is one figure without a picture yet, with an optional caption and credit. */
export function emptyFigureBriefing({
  title = 'Figure',
  timeZone = 'UTC',
  caption = '',
  credit = '',
}: {
  title?: string;
  timeZone?: string;
  caption?: string;
  credit?: string;
} = {}): NewBriefing {
  return {
    metadata: { title, timeZone },
    content: {
      type: 'doc',
      content: [
        {
          type: 'figure',
          attrs: { src: null, alt: '' },
          content: [block('figureCaption', caption), block('figureCredit', credit)],
        },
      ],
    },
  };
}
