import type { Editor } from '@tiptap/core';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { applyLink, linkTargetRange } from './link-edit';
import { linkTargetFrom } from './link-target';

/**
 * Adds, changes or removes a link: the text to display and the address, as in Word and
 * Google Docs. With no selection the display text is inserted (the address when left empty).
 * Only http, https and mailto are accepted.
 */
export function LinkDialog({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [range] = useState(() => linkTargetRange(editor));
  const [address, setAddress] = useState(range.href);
  const [text, setText] = useState(range.text ?? '');
  const [problem, setProblem] = useState<string>();
  const existing = range.href !== '';
  const id = useId();
  const addressInput = useRef<HTMLInputElement>(null);
  const textInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    dialog.current?.showModal();
    // Selected text is usually what gets linked: start at the address; with nothing selected, at the text.
    (range.text === '' ? textInput : addressInput).current?.focus();
  }, [range]);

  const finish = () => {
    dialog.current?.close();
    onClose();
    // Synchronously, so the next keystroke lands after the link.
    editor.view.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const target = linkTargetFrom(address);
    if (!target.ok) {
      setProblem(target.message);
      addressInput.current?.focus();
      return;
    }
    const shown = range.text === undefined ? undefined : text.trim() || address.trim();
    applyLink(editor, range, target.href, shown);
    finish();
  };

  return (
    <dialog ref={dialog} className="editor-dialog" aria-labelledby={`${id}-title`} onCancel={finish}>
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`}>{existing ? 'Edit link' : 'Add link'}</h2>
        <label htmlFor={`${id}-text`}>Text to display</label>
        <input
          id={`${id}-text`}
          ref={textInput}
          value={range.text === undefined ? '' : text}
          disabled={range.text === undefined}
          placeholder={range.text === undefined ? 'The selected text (several paragraphs)' : 'e.g. the UN report'}
          aria-describedby={`${id}-text-hint`}
          onChange={(event) => setText(event.target.value)}
        />
        <p id={`${id}-text-hint`} className="hint">
          {range.text === undefined
            ? 'The selection spans several paragraphs: its text stays as it is.'
            : 'Left empty, the address is shown.'}
        </p>
        <label htmlFor={`${id}-address`}>Web or email address</label>
        <input
          id={`${id}-address`}
          ref={addressInput}
          value={address}
          placeholder="https://…"
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : `${id}-hint`}
          onChange={(event) => {
            setAddress(event.target.value);
            setProblem(undefined);
          }}
        />
        <p id={`${id}-hint`} className="hint">
          http, https and mailto links only.
        </p>
        {problem ? (
          <p id={`${id}-problem`} className="field-error" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="submit" className="primary">
            {existing ? 'Update link' : 'Add link'}
          </button>
          {existing ? (
            <button
              type="button"
              onClick={() => {
                const linkType = editor.state.schema.marks.link;
                if (linkType) editor.view.dispatch(editor.state.tr.removeMark(range.from, range.to, linkType));
                finish();
              }}
            >
              Remove link
            </button>
          ) : null}
          <button type="button" onClick={finish}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
