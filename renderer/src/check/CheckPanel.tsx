import type { Editor } from '@tiptap/core';
import { NodeSelection, TextSelection } from '@tiptap/pm/state';
import { useCallback, useEffect, useState } from 'react';
import type { BriefingMetadata } from '../../../electron/common/briefing/briefing-metadata';
import { checkBriefing } from '../../../electron/common/check/check-briefing';
import type { CheckFinding, CheckReport } from '../../../electron/common/check/check-finding';
import type { BriefingContent } from '../../../electron/common/document/briefing-content';
import { getBriefdeskApi } from '../briefdesk-api';
import { CheckFindingList } from './CheckFindingList';
import { editorSpellingLookup } from './editor-spelling-lookup';

/** Puts the cursor (or the selection, for a marked span or a key figure) on a finding's place in the body. */
export function jumpToFinding(editor: Editor, finding: CheckFinding): void {
  const { place } = finding;
  if (place.in !== 'body') {
    document.querySelector<HTMLElement>(`[data-metadata-field="${place.field}"], [name="${place.field}"]`)?.focus();
    return;
  }
  const { doc } = editor.state;
  const position = Math.min(place.position, doc.content.size);
  const node = doc.nodeAt(position);
  const selection =
    place.end !== undefined
      ? TextSelection.create(doc, position, Math.min(place.end, doc.content.size))
      : node?.isAtom
        ? NodeSelection.create(doc, position)
        : TextSelection.near(doc.resolve(Math.min(position + 1, doc.content.size)));
  editor.view.dispatch(editor.state.tr.setSelection(selection).scrollIntoView());
  editor.view.focus();
}

/**
 * The pre-export check in the editor: the same checker as the export and `briefdesk check`, run on the
 * text being edited; each finding says whether it blocks a final export and jumps to its place.
 */
export function CheckPanel({ editor, readMetadata }: { editor: Editor; readMetadata: () => BriefingMetadata }) {
  const [report, setReport] = useState<CheckReport>();
  const run = useCallback(async () => {
    const settings = await getBriefdeskApi().settings.get();
    const staleAfterHours = settings.ok ? settings.value.staleAsOfHours : 24;
    setReport(
      checkBriefing(
        { metadata: readMetadata(), content: editor.getJSON() as BriefingContent },
        { now: new Date(), staleAfterHours, spelling: editorSpellingLookup(editor.state) },
      ),
    );
  }, [editor, readMetadata]);
  useEffect(() => {
    void run();
  }, [run]);
  return (
    <div className="check-panel">
      <button type="button" onClick={() => void run()}>
        Run the check again
      </button>
      {report ? <CheckFindingList report={report} onJump={(finding) => jumpToFinding(editor, finding)} /> : null}
    </div>
  );
}
