import { parseTypedDateTime } from '../../../../../electron/common/time/parse-typed-date-time';
import {
  earliestYear,
  inTimeZone,
  isKnownTimeZone,
  latestYear,
  timeZoneOf,
  wallClockOf,
} from '../../../../../electron/common/time/zoned-time';
import { sharedTimeZoneList } from '../../time-zone-list';

/**
 * A key figure's "as of": a date-time control and its zone. Only a complete,
 * unambiguous time in a known zone reaches `onChange`; anything else is named
 * in a message beside the field and the stored time stays as it was.
 */
export class KeyFigureAsOfField {
  readonly element: HTMLElement;
  readonly #time: HTMLInputElement;
  readonly #zone: HTMLInputElement;
  readonly #problem: HTMLElement;
  readonly #defaultZone: () => string;
  readonly #onChange: (asOf: string) => void;
  #asOf: string;

  constructor(idPrefix: string, asOf: string, defaultZone: () => string, onChange: (asOf: string) => void) {
    this.#defaultZone = defaultZone;
    this.#onChange = onChange;
    this.#asOf = asOf;
    this.element = document.createElement('div');
    this.element.className = 'key-figure-field key-figure-field-asOf';
    const label = document.createElement('label');
    label.htmlFor = `${idPrefix}-asOf`;
    label.textContent = 'As of';
    this.#time = document.createElement('input');
    this.#time.id = `${idPrefix}-asOf`;
    this.#time.className = 'key-figure-as-of-input';
    // Chromium rebuilds a date-time control's parts at every change of range or value once it has its type,
    // so they go first: a long briefing's cards open in a quarter of the time.
    this.#time.min = `${earliestYear}-01-01T00:00`;
    this.#time.max = `${latestYear}-12-31T23:59`;
    this.#time.value = wallClockOf(asOf);
    this.#time.type = 'datetime-local';
    this.#zone = document.createElement('input');
    this.#zone.className = 'key-figure-zone-input';
    this.#zone.setAttribute('aria-label', 'Time zone of “as of”');
    this.#zone.setAttribute('list', sharedTimeZoneList());
    this.#zone.maxLength = 64;
    this.#problem = document.createElement('span');
    this.#problem.id = `${idPrefix}-asOf-problem`;
    this.#problem.className = 'field-error';
    this.#problem.setAttribute('role', 'alert');
    this.#time.addEventListener('input', () => this.#timeTyped());
    this.#zone.addEventListener('input', () => this.#zoneTyped());
    this.element.append(label, this.#time, this.#zone, this.#problem);
    this.#zone.value = timeZoneOf(asOf) || defaultZone();
  }

  /** The stored value changed (undo, another edit): show it unless it is the one this field just set. */
  update(asOf: string): void {
    if (asOf === this.#asOf) return;
    this.#asOf = asOf;
    this.#show(asOf);
  }

  #show(asOf: string): void {
    this.#time.value = wallClockOf(asOf);
    this.#zone.value = timeZoneOf(asOf) || this.#zone.value || this.#defaultZone();
    this.#report(undefined);
  }

  #report(message: string | undefined): void {
    this.#problem.textContent = message ?? '';
    for (const input of [this.#time, this.#zone]) {
      if (message) {
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', this.#problem.id);
      } else {
        input.removeAttribute('aria-invalid');
        input.removeAttribute('aria-describedby');
      }
    }
  }

  #set(asOf: string): void {
    this.#report(undefined);
    if (asOf === this.#asOf) return;
    this.#asOf = asOf;
    this.#onChange(asOf);
  }

  #timeTyped(): void {
    if (this.#time.validity.badInput) {
      this.#report('Complete the date and time, or clear the field.');
      return;
    }
    const zone = this.#zone.value.trim();
    if (!isKnownTimeZone(zone)) {
      this.#report('The time zone must be an IANA name such as Europe/Kyiv.');
      return;
    }
    const read = parseTypedDateTime(this.#time.value, zone);
    if (read.ok) this.#set(read.value);
    else this.#report(read.message);
  }

  /** A new zone keeps the figure's instant and shows its wall clock there. */
  #zoneTyped(): void {
    const zone = this.#zone.value.trim();
    if (!isKnownTimeZone(zone)) {
      this.#report('The time zone must be an IANA name such as Europe/Kyiv.');
      return;
    }
    if (this.#asOf === '') {
      this.#timeTyped();
      return;
    }
    const moved = inTimeZone(this.#asOf, zone);
    this.#time.value = wallClockOf(moved);
    this.#set(moved);
  }
}
