import type { Editor } from '@tiptap/core';
import {
  type DisclaimerKind,
  disclaimerKinds,
  disclaimerLabels,
  disclaimerSettingFields,
} from '../../../electron/common/briefing/standard-disclaimers';
import type { Settings } from '../../../electron/common/settings';
import type { InsertMenuItem } from '../editor/insert-menu-items';
import './disclaimers.css';

/** Reads the disclaimers' texts as Settings holds them now. */
export type ReadDisclaimerSettings = () => Promise<Pick<Settings, (typeof disclaimerSettingFields)[DisclaimerKind]>>;

/** One `/` and Insert menu entry per standard disclaimer; each inserts the text Settings holds at that moment. */
export function disclaimerInsertItems(readSettings: ReadDisclaimerSettings): InsertMenuItem[] {
  return disclaimerKinds.map((kind) => ({
    id: `disclaimer-${kind}`,
    label: `Disclaimer: ${disclaimerLabels[kind]}`,
    group: 'Blocks',
    description: 'Standard text from Settings, editable in the briefing',
    insert: async (editor: Editor) => {
      const settings = await readSettings();
      editor.chain().focus().insertDisclaimer({ kind, text: settings[disclaimerSettingFields[kind]] }).run();
    },
  }));
}
