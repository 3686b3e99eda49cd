import {
  type ExportFormat,
  type ExportMetadataField,
  exportMetadataFields,
  type marginPresetNames,
} from '../../../electron/common/export/export-request';
import type { pageSizes } from '../../../electron/common/settings';

/** Everything the export dialog lets the user choose. */
export interface ExportFormState {
  format: ExportFormat;
  pageSize: (typeof pageSizes)[number];
  margins: (typeof marginPresetNames)[number];
  /** Several briefings: one combined file instead of one file each. */
  combine: boolean;
  shown: ExportMetadataField[];
  destination: string;
  /** True once the user typed or chose a destination; until then it follows format and combine. */
  destinationChosen: boolean;
}

export function initialExportFormState(pageSize: ExportFormState['pageSize']): ExportFormState {
  return {
    format: 'pdf',
    pageSize,
    margins: 'normal',
    combine: false,
    shown: [...exportMetadataFields],
    destination: '',
    destinationChosen: false,
  };
}
