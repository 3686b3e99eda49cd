import { sourceTypeLabels } from '../../../electron/common/briefing/source-list';
import './key-figure-source-picker.css';
import type { BriefingSourceStore } from './briefing-source-store';

function option(text: string, value: string): HTMLOptionElement {
  const element = document.createElement('option');
  element.textContent = text;
  element.value = value;
  return element;
}

/**
 * A key figure's source, picked from the briefing's source list: a labelled select in the card,
 * reached with Tab and changed with the arrow keys like any select. Without a pick, the source is the
 * one written in the card's text field. The label is for screen readers, like the card's other fields.
 * Its options wait for the briefing's list (handed over once the text has painted) or for the select
 * to be reached, whichever comes first: options written while a long briefing opens would otherwise
 * name a picked source "no longer in the list" until the list arrives, and cost the opening time.
 */
export class KeyFigureSourcePicker {
  readonly element: HTMLElement;
  readonly #select: HTMLSelectElement;
  readonly #store: BriefingSourceStore;
  readonly #stop: () => void;
  #sourceId: string;
  #listed = false;

  constructor(idPrefix: string, sourceId: string, store: BriefingSourceStore, onChange: (sourceId: string) => void) {
    this.#store = store;
    this.#sourceId = sourceId;
    this.element = document.createElement('div');
    this.element.className = 'key-figure-field key-figure-field-sourceId';
    const label = document.createElement('label');
    label.htmlFor = `${idPrefix}-sourceId`;
    label.className = 'visually-hidden';
    label.textContent = 'Source from the list';
    this.#select = document.createElement('select');
    this.#select.id = `${idPrefix}-sourceId`;
    this.#select.className = 'key-figure-source-select';
    this.#select.addEventListener('change', () => {
      this.#sourceId = this.#select.value;
      onChange(this.#select.value);
    });
    const listWhenReached = () => {
      if (!this.#listed) this.#render();
    };
    this.#select.addEventListener('focus', listWhenReached);
    this.#select.addEventListener('pointerdown', listWhenReached);
    this.element.append(label, this.#select);
    if (store.known) this.#render();
    this.#stop = store.subscribe(() => this.#render());
  }

  update(sourceId: string): void {
    if (sourceId === this.#sourceId) return;
    this.#sourceId = sourceId;
    if (this.#listed) this.#render();
  }

  destroy(): void {
    this.#stop();
  }

  #render(): void {
    this.#listed = true;
    const options = [option('Pick a source from the list', '')];
    for (const source of this.#store.sources) {
      options.push(option(`${source.name} (${sourceTypeLabels[source.type]})`, source.id));
    }
    if (this.#sourceId !== '' && !this.#store.sources.some((source) => source.id === this.#sourceId)) {
      options.push(option('A source no longer in the list', this.#sourceId));
    }
    this.#select.replaceChildren(...options);
    this.#select.value = this.#sourceId;
  }
}
