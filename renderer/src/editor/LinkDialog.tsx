import type { Editor } from '@tiptap/core';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { linkTargetFrom } from './link-target';

/** Adds, changes or removes the link on the selection; only http, https and mailto are accepted. */
export function LinkDialog({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [address, setAddress] = useState<string>(() => editor.getAttributes('link').href ?? '');
  const [problem, setProblem] = useState<string>();
  const existing = editor.isActive('link');
  const id = useId();

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const close = () => {
    dialog.current?.close();
    onClose();
    editor.view.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const target = linkTargetFrom(address);
    if (!target.ok) {
      setProblem(target.message);
      return;
    }
    const chain = editor.chain().focus();
    if (editor.state.selection.empty && !existing) {
      chain.insertContent({
        type: 'text',
        text: address.trim(),
        marks: [{ type: 'link', attrs: { href: target.href } }],
      });
    } else {
      chain.extendMarkRange('link').setLink({ href: target.href });
    }
    chain.run();
    dialog.current?.close();
    onClose();
  };

  return (
    <dialog ref={dialog} className="editor-dialog" aria-labelledby={`${id}-title`} onCancel={close}>
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`}>{existing ? 'Edit link' : 'Add link'}</h2>
        <label htmlFor={`${id}-address`}>Web or email address</label>
        <input
          id={`${id}-address`}
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
                editor.chain().focus().extendMarkRange('link').unsetLink().run();
                dialog.current?.close();
                onClose();
              }}
            >
              Remove link
            </button>
          ) : null}
          <button type="button" onClick={close}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
