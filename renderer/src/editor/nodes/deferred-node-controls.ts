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
 * are all read first, from the one layout there is. Until the page is idle, a waiting view is built as soon as it
 * comes within a screen of the viewport or is pressed, so a reader who scrolls fast or clicks at once never finds
 * a card without fields or an image frame whose picker is missing.
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
  storage.cancelLater = buildWhenReachedOrIdle(later);
}

/** Builds each view when it nears the viewport or is pressed, and all that are left when the page is idle. */
function buildWhenReachedOrIdle(views: NodeViewWithControls[]): () => void {
  const unbuilt = new Map(views.map((view) => [view.dom, view]));
  const build = (dom: Element) => {
    const view = unbuilt.get(dom as HTMLElement);
    if (!view) return;
    unbuilt.delete(view.dom);
    nearing.unobserve(view.dom);
    view.buildControls();
  };
  const nearing = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) build(entry.target);
    },
    { rootMargin: '100% 0px' },
  );
  // Captured before the press reaches the view, so a label's click then finds the input it names.
  const pressed = (event: Event) => {
    const target = event.target as HTMLElement;
    for (const dom of unbuilt.keys()) if (dom.contains(target)) build(dom);
  };
  for (const dom of unbuilt.keys()) dom.addEventListener('pointerdown', pressed, { capture: true });
  const stop = () => {
    cancelAnimationFrame(frame);
    clearTimeout(watch);
    cancelIdle?.();
    nearing.disconnect();
    for (const view of views) view.dom.removeEventListener('pointerdown', pressed, { capture: true });
  };
  let cancelIdle: (() => void) | undefined;
  let watch: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    // Watched from after the first paint, so the views near the fold do not delay it.
    watch = setTimeout(() => {
      for (const dom of unbuilt.keys()) nearing.observe(dom);
    }, 0);
    cancelIdle = whenIdle(() => {
      cancelIdle = undefined;
      for (const view of unbuilt.values()) view.buildControls();
      unbuilt.clear();
      stop();
    }, 500);
  });
  return stop;
}
