import { type Editor, Extension } from '@tiptap/core';
import { whenIdle } from '../when-idle';

/** A node view whose form controls (fields, pickers, tools) can wait until it is first shown. */
export interface NodeViewWithControls {
  readonly dom: HTMLElement;
  /** Builds or inserts the view's controls, once; a destroyed view builds nothing. */
  buildControls(): void;
}

interface DeferredNodeControlsStorage {
  /** Views made while the editor opens, until the first screen is known; undefined once it is. */
  waiting: Set<NodeViewWithControls> | undefined;
  cancelLater: (() => void) | undefined;
}

declare module '@tiptap/core' {
  interface Storage {
    deferredNodeControls: DeferredNodeControlsStorage;
  }
}

/**
 * With `deferUntilShown`, the node views made while a long briefing opens (key-figure cards, figures) keep their
 * form controls for later: `buildNodeControlsOnScreen` builds those on the first screen before it paints, the
 * rest when the page is idle after it. A view made at any other time gets its controls at once.
 */
export const DeferredNodeControls = Extension.create<{ deferUntilShown: boolean }, DeferredNodeControlsStorage>({
  name: 'deferredNodeControls',

  addOptions() {
    return { deferUntilShown: false };
  },

  addStorage() {
    return { waiting: this.options.deferUntilShown ? new Set() : undefined, cancelLater: undefined };
  },

  onDestroy() {
    this.storage.cancelLater?.();
    this.storage.waiting = undefined;
  },
});

/** Builds `view`'s controls now, or keeps the view for `buildNodeControlsOnScreen` while the editor opens. */
export function buildControlsWhenShown(editor: Editor, view: NodeViewWithControls): void {
  const waiting = editor.storage.deferredNodeControls?.waiting;
  if (waiting) waiting.add(view);
  else view.buildControls();
}

/** A view the viewport shows; a section below the screen is ruled out without laying its content out. */
function isOnScreen(element: HTMLElement, viewportHeight: number): boolean {
  const section = element.closest('.briefing-section');
  if (section && section.getBoundingClientRect().top >= viewportHeight) return false;
  const box = element.getBoundingClientRect();
  return box.top < viewportHeight && box.bottom > 0;
}

/**
 * Call once the opened body is laid out (its caret placed): builds the controls of the waiting views on screen
 * now, so the first frame shows them whole, and of the others once that frame has painted and the page is idle.
 * Controls only add height, so a view below the screen stays below it when those above get theirs: the boxes
 * are all read first, from the one layout there is.
 */
export function buildNodeControlsOnScreen(editor: Editor): void {
  const storage = editor.storage.deferredNodeControls;
  const waiting = storage?.waiting;
  if (!storage || !waiting) return;
  storage.waiting = undefined;
  const viewportHeight = window.innerHeight;
  const views = [...waiting];
  const onScreen = views.map((view) => isOnScreen(view.dom, viewportHeight));
  const later = views.filter((_, index) => !onScreen[index]);
  views.forEach((view, index) => {
    if (onScreen[index]) view.buildControls();
  });
  if (later.length === 0) return;
  let cancelIdle: (() => void) | undefined;
  const frame = requestAnimationFrame(() => {
    cancelIdle = whenIdle(() => {
      storage.cancelLater = undefined;
      for (const view of later) view.buildControls();
    }, 500);
  });
  storage.cancelLater = () => {
    cancelAnimationFrame(frame);
    cancelIdle?.();
  };
}
