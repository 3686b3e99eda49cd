import { type Editor, Extension } from '@tiptap/core';
import { whenIdle } from '../../when-idle';

/** A card whose fields and tools can wait until it is first shown. */
export interface KeyFigureCardShell {
  readonly dom: HTMLElement;
  /** Builds the card's fields and tools, once; a destroyed card builds nothing. */
  build(): void;
}

interface KeyFigureCardBuildingStorage {
  /** Cards made while the editor opens, until the first screen is known; undefined once it is. */
  waiting: Set<KeyFigureCardShell> | undefined;
  cancelLater: (() => void) | undefined;
}

declare module '@tiptap/core' {
  interface Storage {
    keyFigureCardBuilding: KeyFigureCardBuildingStorage;
  }
}

/**
 * With `deferUntilShown`, the key-figure cards made while a long briefing opens keep their fields for later:
 * `buildKeyFigureCardsOnScreen` builds the ones on the first screen before it paints, the rest when the page
 * is idle after it. A card made at any other time is built at once.
 */
export const KeyFigureCardBuilding = Extension.create<{ deferUntilShown: boolean }, KeyFigureCardBuildingStorage>({
  name: 'keyFigureCardBuilding',

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

/** Builds `card` now, or keeps it for `buildKeyFigureCardsOnScreen` while the editor opens. */
export function buildKeyFigureCardWhenShown(editor: Editor, card: KeyFigureCardShell): void {
  const waiting = editor.storage.keyFigureCardBuilding?.waiting;
  if (waiting) waiting.add(card);
  else card.build();
}

/** A card the viewport shows; a section below the screen is ruled out without laying its content out. */
function isOnScreen(card: HTMLElement, viewportHeight: number): boolean {
  const section = card.closest('.briefing-section');
  if (section && section.getBoundingClientRect().top >= viewportHeight) return false;
  const box = card.getBoundingClientRect();
  return box.top < viewportHeight && box.bottom > 0;
}

/**
 * Call once the opened body is laid out (its caret placed): builds the waiting cards on screen now, so the
 * first frame shows them whole, and the others once that frame has painted and the page is idle.
 */
export function buildKeyFigureCardsOnScreen(editor: Editor): void {
  const storage = editor.storage.keyFigureCardBuilding;
  const waiting = storage?.waiting;
  if (!storage || !waiting) return;
  storage.waiting = undefined;
  const viewportHeight = window.innerHeight;
  const later: KeyFigureCardShell[] = [];
  for (const card of waiting) {
    if (isOnScreen(card.dom, viewportHeight)) card.build();
    else later.push(card);
  }
  if (later.length === 0) return;
  let cancelIdle: (() => void) | undefined;
  const frame = requestAnimationFrame(() => {
    cancelIdle = whenIdle(() => {
      storage.cancelLater = undefined;
      for (const card of later) card.build();
    }, 500);
  });
  storage.cancelLater = () => {
    cancelAnimationFrame(frame);
    cancelIdle?.();
  };
}
