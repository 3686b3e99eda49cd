import { type ClipboardEvent, type DragEvent, type FormEvent, useEffect, useState } from 'react';
import type {
  ImportCorrections,
  ImportOutcome,
  ImportPreview,
  ImportPreviewRequest,
  ImportTextRequest,
} from '../../../electron/common/import/import-requests';
import type { ImportFormat } from '../../../electron/common/import/import-result';
import { getBriefdeskApi } from '../briefdesk-api';
import { useNavigation } from '../shell/navigation';
import { useTemplateList } from '../templates/use-template-list';
import { ImportCheckPanel } from './ImportCheckPanel';
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

/** A text read but not yet stored: what the user checks before creating the briefing. */
interface PendingImport {
  request: ImportPreviewRequest;
  preview: ImportPreview;
  sourceLabel: string;
}

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
  const [creating, setCreating] = useState(false);
  const [undoing, setUndoing] = useState<number>();
  const [error, setError] = useState<string>();
  const [imported, setImported] = useState<ImportedItem[]>([]);
  const [pending, setPending] = useState<PendingImport>();
  /** The request refused for having no article text, which the user may import anyway. */
  const [emptyRequest, setEmptyRequest] = useState<{ request: ImportPreviewRequest; sourceLabel: string }>();
  const { templates } = useTemplateList();
  // The importer gets ready while the user picks what to import: its first import is then as quick as the later
  // ones. Nothing waits for the answer, and an import sent meanwhile is taken first.
  useEffect(() => {
    void getBriefdeskApi().import.prepare();
  }, []);

  const runImport = async (request: ImportTextRequest) => {
    const result = await getBriefdeskApi().import.text(request);
    if (!result.ok) {
      setError(result.error.message);
      return false;
    }
    setImported((items) => [{ request, outcome: result.value, clutterRestored: false }, ...items]);
    return true;
  };

  /** Reads the text in main's import worker and shows what was found; nothing is stored yet. */
  const readArticle = async (request: ImportPreviewRequest, sourceLabel: string) => {
    setError(undefined);
    setEmptyRequest(undefined);
    setPending(undefined);
    setWorking(true);
    const result = await getBriefdeskApi().import.preview(request);
    setWorking(false);
    if (result.ok) {
      setPending({ request, preview: result.value, sourceLabel });
      return true;
    }
    setError(result.error.message);
    if (result.error.code === 'no-article') setEmptyRequest({ request, sourceLabel });
    return false;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const useHtml = clipboardHtml && clipboardHtml.text === text;
    await readArticle(useHtml ? { text: clipboardHtml.html, format: 'html' } : { text, format }, 'Pasted text');
  };

  const create = async (choice: { templateId: string | null; corrections: ImportCorrections }) => {
    if (!pending) return;
    setCreating(true);
    setError(undefined);
    const created = await runImport({ ...pending.request, ...choice });
    setCreating(false);
    if (!created) return;
    setPending(undefined);
    setText('');
    setClipboardHtml(undefined);
  };

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const html = event.clipboardData.getData('text/html');
    const plain = event.clipboardData.getData('text/plain');
    setClipboardHtml(html && text === '' ? { html, text: plain } : undefined);
  };

  const onDrop = async (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setError(undefined);
    const files = Array.from(event.dataTransfer.files);
    // One file is checked before it is stored; several are imported one after the other, as they are.
    if (files.length === 1 && files[0]) {
      const read = await readDroppedFile(files[0]);
      if (!read.ok) setError(read.message);
      else await readArticle({ text: read.text, format: read.format, sourceName: read.sourceName }, files[0].name);
      return;
    }
    setWorking(true);
    for (const file of files) {
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
            Read the article
          </button>
        </div>
      </form>
      {working ? (
        <p className="import-progress" role="status">
          <progress aria-label="Reading the article" /> Reading the article… a long one takes a few seconds; the rest of
          Briefdesk keeps working.
        </p>
      ) : null}
      {error ? (
        <div className="message message-error" role="alert">
          <p>{error}</p>
          {emptyRequest ? (
            <button
              type="button"
              onClick={() => void readArticle({ ...emptyRequest.request, allowEmpty: true }, emptyRequest.sourceLabel)}
            >
              Import it anyway
            </button>
          ) : null}
        </div>
      ) : null}
      {pending ? (
        <ImportCheckPanel
          key={pending.request.text.length + pending.sourceLabel}
          preview={pending.preview}
          sourceLabel={pending.sourceLabel}
          templates={templates}
          creating={creating}
          onCreate={(choice) => void create(choice)}
          onCancel={() => setPending(undefined)}
        />
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
