import type { Editor } from '@tiptap/core';
import { Selection, TextSelection } from '@tiptap/pm/state';
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Briefing } from '../../../electron/common/briefing/briefing';
import type { BriefingContent } from '../../../electron/common/document/briefing-content';
import { directionOfLanguage } from '../../../electron/common/language/text-direction';
import { getBriefdeskApi } from '../briefdesk-api';
import { CheckPanel } from '../check/CheckPanel';
import { ClaimsPanel } from '../claims/ClaimsPanel';
import { CorrectionsPanel } from '../claims/CorrectionsPanel';
import { NextUpdateButton } from '../claims/NextUpdateButton';
import { EditorContextMenu } from '../context-menu/EditorContextMenu';
import { useDirectionCommands } from '../languages/use-direction-commands';
import { ReviewPanel } from '../review/ReviewPanel';
import { SourcesPanel } from '../sources/SourcesPanel';
import { recheckSpelling } from '../spelling/spelling-decorations';
import { EditLockNotice } from '../status-lock/EditLockNotice';
import { EditLock } from '../status-lock/edit-lock';
import { editLockPlugin } from '../status-lock/edit-lock-plugin';
import { BriefingActions } from './BriefingActions';
import { BriefingSaver } from './briefing-saver';
import { ConflictNotice } from './ConflictNotice';
import { createBriefingEditor } from './create-briefing-editor';
import { DocumentJsonText } from './document-json-text';
import { EditorToolbar } from './EditorToolbar';
import { FindReplacePanel } from './FindReplacePanel';
import { InsertMenu } from './InsertMenu';
import { ImageNoticeBar } from './images/ImageNoticeBar';
import type { ImageNotice } from './images/image-input';
import { initialCaretPosition } from './initial-caret';
import { JournalWriter } from './journal-writer';
import { LinkDialog } from './LinkDialog';
import { LayoutControls } from './layout/LayoutControls';
import { SidePanel } from './layout/SidePanel';
import { useWorkspaceLayout } from './layout/use-workspace-layout';
import { MetadataHeader } from './MetadataHeader';
import { buildNodeControlsOnScreen } from './nodes/deferred-node-controls';
import { OutlinePanel } from './OutlinePanel';
import { RecoveredTextNotice } from './RecoveredTextNotice';
import { SaveStatus } from './SaveStatus';
import { briefingLanguage } from './smart-punctuation/briefing-language';
import { useIdleAfterPaint } from './use-idle-after-paint';
import { useSaveNow } from './use-save-now';
import { useWorkspaceShortcuts } from './use-workspace-shortcuts';
import { WordCount } from './WordCount';
import { runMenuCommand, WorkspaceCommands } from './workspace-commands';

type Overlay = 'link' | 'insert' | undefined;

/**
 * One open briefing: header, toolbar, body, outline. The TipTap editor lives
 * outside React state, so typing never re-renders this component.
 */
export function BriefingWorkspace({
  briefing,
  notice,
  onReload,
}: {
  briefing: Briefing;
  /** Said once when this version was opened, e.g. after a restore. */
  notice?: string;
  /** Opens another version of the briefing (after a conflict or a restore). */
  onReload: (briefing: Briefing, notice?: string) => void;
}) {
  const host = useRef<HTMLDivElement>(null);
  const [editor, setEditor] = useState<Editor>();
  const [overlay, setOverlay] = useState<Overlay>();
  const [findOpen, setFindOpen] = useState(false);
  const [imageNotice, setImageNotice] = useState<ImageNotice>();
  const dismissImageNotice = useCallback(() => setImageNotice(undefined), []);
  const layout = useWorkspaceLayout();
  const commands = useMemo(() => new WorkspaceCommands(), []);
  const sidePanelId = useId();
  const [language, setLanguage] = useState(briefing.metadata.language);
  const languageRef = useRef(language);
  languageRef.current = language;
  const readContent = useRef<() => BriefingContent>(() => briefing.content);
  // Autosave and the journal send the body as JSON text, serialising only the blocks typed in since the last time.
  const readContentJson = useRef<() => string>(() => JSON.stringify(briefing.content));
  // Settings' "underline misspelled words"; read once per opening, before the first check (600 ms after it).
  const spellingEnabled = useRef(true);
  useEffect(() => {
    void getBriefdeskApi()
      .settings.get()
      .then((result) => {
        if (result.ok) spellingEnabled.current = result.value.checkSpelling;
      });
  }, []);
  const lock = useMemo(() => new EditLock(briefing.metadata), [briefing]);
  const locked = useSyncExternalStore(lock.subscribe, lock.isLocked);
  const saver = useMemo(
    () =>
      new BriefingSaver({
        briefing,
        save: (changes) => getBriefdeskApi().briefings.save(changes),
        readContent: () => readContent.current(),
        readContentJson: () => readContentJson.current(),
      }),
    [briefing],
  );
  const journal = useMemo(
    () =>
      new JournalWriter({
        briefingId: briefing.id,
        write: (entry) => getBriefdeskApi().journal.write(entry),
        readSnapshot: () => ({
          revision: saver.revision,
          metadata: saver.metadata,
          contentJson: readContentJson.current(),
        }),
        whenNotSaving: () => saver.settled(),
      }),
    [briefing, saver],
  );

  // Built before the browser paints the header, so the body's first paint is the screen's first.
  useLayoutEffect(() => {
    const element = host.current;
    if (!element) return;
    const instance = createBriefingEditor({
      element,
      content: briefing.content,
      timeZone: briefing.metadata.timeZone,
      deferOffscreenControls: true,
      spelling: {
        check: (language, texts) =>
          getBriefdeskApi()
            .spelling.check({ language, texts })
            .then((result) => (result.ok ? result.value.misspellings : [])),
        briefingLanguage: () => languageRef.current,
        enabled: () => spellingEnabled.current,
      },
      keymap: {
        onRequestLink: () => setOverlay('link'),
        onRequestFind: () => commands.run('find'),
        onRequestInsertMenu: () => setOverlay('insert'),
      },
    });
    readContent.current = () => instance.getJSON() as BriefingContent;
    const contentJson = new DocumentJsonText();
    readContentJson.current = () => contentJson.text(instance.state.doc);
    instance.registerPlugin(editLockPlugin(lock));
    const changed = () => {
      saver.markChanged();
      journal.markChanged();
    };
    const blurred = () => void saver.flush();
    const leaving = () => void saver.flush();
    instance.on('update', changed);
    instance.on('blur', blurred);
    window.addEventListener('beforeunload', leaving);
    // Main holds the window open (and the quit) until this save has returned.
    const stopListeningForClose = getBriefdeskApi().events.onCloseRequested(() => saver.flush());
    instance.storage.imageInput.notify = setImageNotice;
    instance.storage.smartPunctuation.language = briefingLanguage(briefing.metadata);
    setEditor(instance);
    // The caret starts in the text, so a new or opened briefing takes typing at once. Focused now, not in the
    // next frame as TipTap's focus command does: the body's first layout then has its caret and focus styles, where a
    // focus in that frame made Chromium lay the long briefing out a second time.
    const { doc } = instance.state;
    const caret = initialCaretPosition(doc);
    const start = caret === undefined ? Selection.atStart(doc) : TextSelection.near(doc.resolve(caret));
    instance.view.dispatch(instance.state.tr.setSelection(start));
    instance.view.focus();
    // The body is laid out now: the key-figure cards and figures on screen get their controls before the first frame.
    buildNodeControlsOnScreen(instance);
    performance.mark('briefdesk:editor-ready');
    return () => {
      window.removeEventListener('beforeunload', leaving);
      stopListeningForClose();
      const finalContent = instance.getJSON() as BriefingContent;
      readContent.current = () => finalContent;
      readContentJson.current = () => JSON.stringify(finalContent);
      journal.dispose();
      void saver.flush().finally(() => saver.dispose());
      instance.destroy();
    };
  }, [briefing, saver, journal, commands, lock]);

  const { saveNow, confirmation } = useSaveNow(saver);
  // The text paints first; the panels and status bar, which read the whole briefing, follow when the page is idle.
  const besideTextShown = useIdleAfterPaint(editor !== undefined);
  useWorkspaceShortcuts(commands, layout);
  useDirectionCommands(commands, editor);
  useEffect(() => {
    const stops = [
      commands.on('save', () => void saveNow()),
      commands.on('find', () => setFindOpen(true)),
      commands.on('toggle-side-panel', layout.toggleSidePanel),
      commands.on('toggle-focus-mode', layout.toggleFocusMode),
    ];
    return () => {
      for (const stop of stops) stop();
    };
  }, [commands, saveNow, layout.toggleSidePanel, layout.toggleFocusMode]);
  useEffect(() => getBriefdeskApi().events.onMenuCommand((command) => runMenuCommand(commands, command)), [commands]);

  return (
    <section
      className={`editor-screen${layout.focusMode ? ' is-focus-mode' : ''}${layout.sidePanelOpen ? '' : ' is-side-closed'}`}
      aria-label="Briefing editor"
    >
      <h1 className="visually-hidden">Edit briefing</h1>
      <div className="editor-topbar">
        <SaveStatus saver={saver} confirmation={confirmation} />
        <LayoutControls layout={layout} sidePanelId={sidePanelId} />
        <BriefingActions
          briefingId={briefing.id}
          saver={saver}
          commands={commands}
          editor={editor}
          onRestored={(restored) =>
            onReload(
              restored,
              `Restored an earlier revision's text as revision ${restored.revision}; its details only where you ticked them. The text before the restore is kept in the history.`,
            )
          }
        />
        <NextUpdateButton briefingId={briefing.id} flush={() => saver.flush()} />
        <p className="editor-notice" role="status">
          {notice ?? ''}
        </p>
      </div>
      <RecoveredTextNotice briefingId={briefing.id} onRestored={onReload} />
      <EditLockNotice lock={lock} briefingId={briefing.id} editor={editor} saver={saver} />
      <MetadataHeader
        metadata={briefing.metadata}
        locked={locked}
        onChange={(metadata, immediately) => {
          lock.followStatus(metadata.status);
          const { review, sources, corrections } = saver.metadata;
          saver.setMetadata({ ...metadata, review, sources, corrections }, immediately);
          setLanguage(metadata.language);
          if (editor) {
            editor.storage.briefingTimeZone.timeZone = metadata.timeZone;
            editor.storage.smartPunctuation.language = briefingLanguage(metadata);
            if (metadata.language !== languageRef.current) {
              languageRef.current = metadata.language;
              recheckSpelling(editor.view);
            }
          }
          journal.markChanged();
        }}
      />
      {editor ? (
        <ConflictNotice
          saver={saver}
          briefingId={briefing.id}
          readContent={() => readContent.current()}
          beforeResolving={() => journal.stop()}
          onReload={onReload}
        />
      ) : null}
      {/* Toolbar and find panel stay in view while the text scrolls to a match. */}
      <div className="editor-sticky-top">
        {editor ? (
          <EditorToolbar
            editor={editor}
            onLink={() => setOverlay('link')}
            onFind={() => commands.run('find')}
            onInsert={() => setOverlay('insert')}
          />
        ) : null}
        {editor && findOpen ? <FindReplacePanel editor={editor} onClose={() => setFindOpen(false)} /> : null}
      </div>
      <div className="editor-columns">
        <div className="editor-body-host" ref={host} lang={language} dir={directionOfLanguage(language)} />
        {/* The column is there from the start, so the Side panel button's aria-controls always names an element and
            the text is laid out once at its final width; the panels themselves mount after the text has painted. */}
        <aside
          className="editor-side"
          id={sidePanelId}
          aria-label="Side panels"
          aria-busy={!(editor && besideTextShown)}
          hidden={!layout.sidePanelOpen}
        >
          {editor && besideTextShown ? (
            <>
              {/* Each side panel is a SidePanel: collapsible on its own, hidden with the column. */}
              <SidePanel panelId="outline" title="Outline">
                <OutlinePanel editor={editor} />
              </SidePanel>
              <SidePanel panelId="review" title="Review">
                <ReviewPanel
                  editor={editor}
                  initialReview={briefing.metadata.review}
                  onChange={(review, immediately) => {
                    saver.setMetadata({ ...saver.metadata, review }, immediately);
                    journal.markChanged();
                  }}
                />
              </SidePanel>
              <SidePanel panelId="sources" title="Sources">
                <SourcesPanel
                  editor={editor}
                  initialSources={briefing.metadata.sources}
                  timeZone={() => saver.metadata.timeZone}
                  onChange={(sources) => {
                    saver.setMetadata({ ...saver.metadata, sources }, true);
                    journal.markChanged();
                  }}
                />
              </SidePanel>
              <SidePanel panelId="claims" title="Claims">
                <ClaimsPanel editor={editor} timeZone={() => saver.metadata.timeZone} />
              </SidePanel>
              <SidePanel panelId="corrections" title="Corrections and updates">
                <CorrectionsPanel
                  initialCorrections={briefing.metadata.corrections}
                  timeZone={() => saver.metadata.timeZone}
                  onChange={(corrections) => {
                    saver.setMetadata({ ...saver.metadata, corrections }, true);
                    journal.markChanged();
                  }}
                />
              </SidePanel>
              <SidePanel panelId="check" title="Pre-export check">
                <CheckPanel editor={editor} readMetadata={() => saver.metadata} />
              </SidePanel>
            </>
          ) : null}
        </aside>
      </div>
      {editor && besideTextShown ? (
        <div className="editor-statusbar">
          <WordCount editor={editor} />
          <ImageNoticeBar notice={imageNotice} onDismiss={dismissImageNotice} />
        </div>
      ) : null}
      {editor ? <EditorContextMenu editor={editor} onEditLink={() => setOverlay('link')} /> : null}
      {editor && overlay === 'link' ? <LinkDialog editor={editor} onClose={() => setOverlay(undefined)} /> : null}
      {editor && overlay === 'insert' ? <InsertMenu editor={editor} onClose={() => setOverlay(undefined)} /> : null}
    </section>
  );
}
