import { type ClipboardEvent, type DragEvent, type FormEvent, useState } from 'react';
import type { ImportOutcome, ImportTextRequest } from '../../../electron/common/import/import-requests';
import type { ImportFormat } from '../../../electron/common/import/import-result';
import { getBriefdeskApi } from '../briefdesk-api';
import { useNavigation } from '../shell/navigation';
import { ImportResultPanel } from './ImportResultPanel';
import { readDroppedFile } from './read-dropped-file';
import './import.css';

/** What a paste can be read as; Word documents come only as dropped files. */
type PastedFormat = Exclude<ImportFormat, 'docx'>;

const formatNames: Record<PastedFormat, string> = {
  text: 'Text (notes, or text copied from a web page)',
  html: 'HTML',
  markdown: 'Markdown',
};

interface ImportedItem {
  request: ImportTextRequest;
  outcome: ImportOutcome;
  clutterRestored: boolean;
}

/**
 * Start a briefing from an article: paste it (a web page's formatting is kept
 * when the clipboard has it) or drop .md, .html, .txt and Word (.docx) files on the box.
 */
export function ImportScreen() {
  const { navigate } = useNavigation();
  const [text, setText] = useState('');
  const [format, setFormat] = useState<PastedFormat>('text');
  const [clipboardHtml, setClipboardHtml] = useState<{ html: string; text: string }>();
  const [working, setWorking] = useState(false);
  const [undoing, setUndoing] = useState<number>();
  const [error, setError] = useState<string>();
  const [imported, setImported] = useState<ImportedItem[]>([]);

  const runImport = async (request: ImportTextRequest) => {
    const result = await getBriefdeskApi().import.text(request);
    if (!result.ok) {
      setError(result.error.message);
      return false;
    }
    setImported((items) => [{ request, outcome: result.value, clutterRestored: false }, ...items]);
    return true;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setWorking(true);
    const useHtml = clipboardHtml && clipboardHtml.text === text;
    if (await runImport(useHtml ? { text: clipboardHtml.html, format: 'html' } : { text, format })) {
      setText('');
      setClipboardHtml(undefined);
    }
    setWorking(false);
  };

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const html = event.clipboardData.getData('text/html');
    const plain = event.clipboardData.getData('text/plain');
    setClipboardHtml(html && text === '' ? { html, text: plain } : undefined);
  };

  const onDrop = async (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setError(undefined);
    setWorking(true);
    for (const file of Array.from(event.dataTransfer.files)) {
      const read = await readDroppedFile(file);
      if (!read.ok) setError(read.message);
      else await runImport({ text: read.text, format: read.format, sourceName: read.sourceName });
    }
    setWorking(false);
  };

  const undo = async (index: number) => {
    const item = imported[index];
    if (!item) return;
    setUndoing(index);
    const { briefing } = item.outcome;
    const result = await getBriefdeskApi().import.text({
      ...item.request,
      keepClutter: true,
      replace: { id: briefing.id, revision: briefing.revision },
    });
    setUndoing(undefined);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setImported((items) =>
      items.map((current, position) =>
        position === index ? { ...current, outcome: result.value, clutterRestored: true } : current,
      ),
    );
  };

  const usingClipboardHtml = clipboardHtml !== undefined && clipboardHtml.text === text;
  return (
    <section aria-labelledby="import-title" className="screen import-screen">
      <h1 id="import-title">Import</h1>
      <p className="hint">
        Start a briefing from an agency story, a web article, a Markdown report or your notes. Headings become sections,
        lists and pictures with captions are kept, and site clutter (related links, comment prompts, share buttons) is
        left out — you can bring it back.
      </p>
      <form className="import-form" onSubmit={submit}>
        <fieldset className="field" disabled={usingClipboardHtml}>
          <legend>Format</legend>
          {(Object.keys(formatNames) as PastedFormat[]).map((name) => (
            <label key={name} className="choice">
              <input
                type="radio"
                name="import-format"
                value={name}
                checked={format === name}
                onChange={() => setFormat(name)}
              />
              {formatNames[name]}
            </label>
          ))}
        </fieldset>
        <label className="field import-drop-zone" onDragOver={(event) => event.preventDefault()} onDrop={onDrop}>
          <span>Paste an article</span>
          <textarea
            name="import-text"
            value={text}
            rows={14}
            placeholder="Paste here, or drop .md, .html, .txt or .docx files on this box"
            onPaste={onPaste}
            onChange={(event) => setText(event.target.value)}
          />
        </label>
        {usingClipboardHtml ? (
          <p className="hint">Pasted from a web page: its headings, links and lists will be kept.</p>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={working || text.trim() === ''}>
            {working ? 'Importing…' : 'Import as a new briefing'}
          </button>
        </div>
      </form>
      {error ? (
        <p className="message message-error" role="alert">
          {error}
        </p>
      ) : null}
      {imported.map((item, index) => (
        <ImportResultPanel
          key={item.outcome.briefing.id}
          outcome={item.outcome}
          clutterRestored={item.clutterRestored}
          undoing={undoing === index}
          onUndo={() => void undo(index)}
          onOpen={() => navigate({ screen: 'editor', briefingId: item.outcome.briefing.id })}
        />
      ))}
    </section>
  );
}
