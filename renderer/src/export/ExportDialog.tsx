import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { AppInfo } from '../../../electron/common/app-info';
import {
  type ExistingFilePolicy,
  type ExportResult,
  exportFormatLabels,
} from '../../../electron/common/export/export-request';
import { getBriefdeskApi } from '../briefdesk-api';
import { CheckBlockedNotice } from '../check/CheckBlockedNotice';
import { ExportDestinationField } from './ExportDestinationField';
import { ExportOptionsFields } from './ExportOptionsFields';
import { ExportPreview } from './ExportPreview';
import { ExportResultPanel } from './ExportResultPanel';
import { ExportSizeWarning } from './ExportSizeWarning';
import { type ExportFormState, initialExportFormState } from './export-form-state';
import './export-dialog.css';

export interface ExportDialogProps {
  /** The briefings to export, in order; one or many. */
  briefingIds: string[];
  /** The first briefing's title, the file name suggested; the caller has it, so no list is asked of main. */
  suggestedTitle: string;
  onClose: () => void;
}

type Phase =
  | { kind: 'editing' }
  | { kind: 'running' }
  | { kind: 'done'; result: ExportResult }
  | { kind: 'exists'; message: string }
  | { kind: 'check-blocked'; message: string }
  | { kind: 'failed'; message: string };

interface Context {
  info: AppInfo;
}

/**
 * Export one or several briefings as HTML or PDF. Mount it from the editor or the library with the
 * briefing ids; it closes itself through `onClose`. The destination defaults to main's default folder
 * (the folder last chosen, else Documents; accepted without a dialog, which is what the browser tests
 * use); "Choose…" opens the desktop save dialog, whose answer main also accepts. A file already there is
 * never overwritten without asking: replace, keep both (numbered name) or cancel.
 */
export function ExportDialog({ briefingIds, suggestedTitle, onClose }: ExportDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [context, setContext] = useState<Context>();
  const [form, setForm] = useState<ExportFormState>();
  const [phase, setPhase] = useState<Phase>({ kind: 'editing' });
  // "Export anyway" after the pre-export check stopped the export; kept for a retry over an existing file.
  const [forced, setForced] = useState(false);
  const several = briefingIds.length > 1;

  useEffect(() => {
    if (dialogRef.current && !dialogRef.current.open) dialogRef.current.showModal();
    const api = getBriefdeskApi();
    void Promise.all([api.app.info(), api.settings.get()]).then(([info, settings]) => {
      if (!info.ok || !settings.ok) {
        setPhase({ kind: 'failed', message: [info, settings].find((result) => !result.ok)?.error.message ?? '' });
        return;
      }
      setContext({ info: info.value });
      setForm(initialExportFormState(settings.value.defaultPageSize));
    });
  }, []);

  const folder = several && !form?.combine;
  const format = form?.format;
  const combine = several && form?.combine === true;
  const [defaultDestination, setDefaultDestination] = useState({ path: '', remembered: false });
  useEffect(() => {
    if (!format) return;
    // Main owns where an export goes by default; the dialog only shows it. No stale path while it answers.
    let current = true;
    setDefaultDestination({ path: '', remembered: false });
    void getBriefdeskApi()
      .export.defaultDestination({ ids: briefingIds, format, combine })
      .then((answer) => {
        if (!current) return;
        if (answer.ok) setDefaultDestination(answer.value);
        else setPhase({ kind: 'failed', message: answer.error.message });
      });
    return () => {
      current = false;
    };
  }, [briefingIds, format, combine]);
  const destination = form?.destinationChosen ? form.destination : defaultDestination.path;

  const change = (patch: Partial<ExportFormState>) => {
    setForm((current) => (current ? { ...current, ...patch } : current));
    if (phase.kind !== 'running') setPhase({ kind: 'editing' });
  };

  const choose = async () => {
    if (!form || !context) return;
    const answer = await getBriefdeskApi().export.chooseDestination({
      format: form.format,
      suggestedName: suggestedTitle.trim() || 'briefing',
      folder,
    });
    if (!answer.ok) setPhase({ kind: 'failed', message: answer.error.message });
    else if (answer.value.path) change({ destination: answer.value.path, destinationChosen: true });
  };

  const returnToDocumentsFolder = async () => {
    if (!format) return;
    const api = getBriefdeskApi();
    const forgotten = await api.export.forgetFolder();
    const answer = forgotten.ok
      ? await api.export.defaultDestination({ ids: briefingIds, format, combine })
      : forgotten;
    if (!answer.ok) {
      setPhase({ kind: 'failed', message: answer.error.message });
      return;
    }
    setDefaultDestination(answer.value);
    change({ destination: '', destinationChosen: false });
  };

  const existsRef = useRef<HTMLButtonElement>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (phase.kind === 'exists') existsRef.current?.focus();
    // The outcome sits below the options: bring it into view in the dialog's scrolling body.
    if (phase.kind !== 'editing') outcomeRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [phase.kind]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run('ask');
  };

  const run = async (ifExists: ExistingFilePolicy, force = forced) => {
    if (!form) return;
    setForced(force);
    setPhase({ kind: 'running' });
    const request = {
      format: form.format,
      ids: briefingIds,
      pageSize: form.pageSize,
      margins: form.margins,
      metadataFields: form.shown,
      combine: several && form.combine,
      destination,
      ifExists,
      force,
    };
    const outcome = await getBriefdeskApi().export.run(request);
    if (outcome.ok) setPhase({ kind: 'done', result: outcome.value });
    else if (outcome.error.code === 'already-exists') setPhase({ kind: 'exists', message: outcome.error.message });
    else if (outcome.error.code === 'check-blocked')
      setPhase({ kind: 'check-blocked', message: outcome.error.message });
    else setPhase({ kind: 'failed', message: outcome.error.message });
  };

  const running = phase.kind === 'running';
  const count = briefingIds.length === 1 ? 'this briefing' : `${briefingIds.length} briefings`;
  return (
    <dialog
      ref={dialogRef}
      className="export-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        if (running) event.preventDefault();
        else onClose();
      }}
    >
      <form method="dialog" onSubmit={submit} noValidate>
        <div className="export-dialog-body">
          <h2 id={titleId}>Export {count}</h2>
          {/* Above the options, so it is seen before Export whatever the window's height. */}
          {form ? <ExportSizeWarning request={{ ids: briefingIds, format: form.format, combine }} /> : null}
          <div className="export-dialog-columns">
            <div className="export-dialog-settings">
              {form ? (
                <>
                  <ExportOptionsFields state={form} several={several} disabled={running} onChange={change} />
                  <ExportDestinationField
                    destination={destination}
                    folder={folder}
                    disabled={running}
                    remembered={!form.destinationChosen && defaultDestination.remembered}
                    onType={(typed) => change({ destination: typed, destinationChosen: true })}
                    onChoose={() => void choose()}
                    onUseDocuments={() => void returnToDocumentsFolder()}
                  />
                </>
              ) : phase.kind !== 'failed' ? (
                <p role="status">Loading…</p>
              ) : null}
              <div ref={outcomeRef} className="export-outcome">
                {running ? (
                  <div role="status" className="export-progress">
                    <progress aria-label="Export progress" />
                    <span>
                      {form?.format === 'pdf'
                        ? `Printing ${count} to PDF…`
                        : `Writing ${count} as ${exportFormatLabels[form?.format ?? 'html']}…`}
                    </span>
                  </div>
                ) : null}
                {phase.kind === 'done' ? <ExportResultPanel result={phase.result} /> : null}
                {phase.kind === 'exists' ? (
                  <div className="message message-warning export-exists" role="alert">
                    <p>{phase.message} Replace what is there, or keep both by saving under a numbered name?</p>
                    <div className="export-exists-actions">
                      <button type="button" onClick={() => void run('replace')}>
                        Replace
                      </button>
                      <button type="button" ref={existsRef} onClick={() => void run('keep-both')}>
                        Keep both
                      </button>
                      <button type="button" onClick={() => setPhase({ kind: 'editing' })}>
                        Don’t export
                      </button>
                    </div>
                  </div>
                ) : null}
                {phase.kind === 'check-blocked' ? (
                  <CheckBlockedNotice
                    message={phase.message}
                    onExportAnyway={() => void run('ask', true)}
                    onCancel={() => setPhase({ kind: 'editing' })}
                  />
                ) : null}
                {phase.kind === 'failed' ? (
                  <p role="alert" className="message message-error">
                    {phase.message}
                  </p>
                ) : null}
              </div>
            </div>
            {form ? (
              <ExportPreview
                request={{
                  ids: briefingIds,
                  pageSize: form.pageSize,
                  metadataFields: form.shown,
                  combine: several && form.combine,
                  purpose: 'final',
                }}
                pdf={
                  form.format === 'pdf'
                    ? {
                        ids: briefingIds,
                        pageSize: form.pageSize,
                        margins: form.margins,
                        metadataFields: form.shown,
                        combine: several && form.combine,
                        purpose: 'final',
                      }
                    : undefined
                }
                firstOfSeveral={folder}
              />
            ) : null}
          </div>
        </div>
        <div className="form-actions">
          <button type="button" onClick={onClose} disabled={running}>
            {phase.kind === 'done' ? 'Close' : 'Cancel'}
          </button>
          <button type="submit" className="primary" disabled={running || !form || destination.trim() === ''}>
            {running ? 'Exporting…' : 'Export'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
