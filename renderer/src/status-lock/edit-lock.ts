import type { BriefingMetadata, BriefingStatus } from '../../../electron/common/briefing/briefing-metadata';
import { isLockedForEditing } from '../../../electron/common/briefing/edit-lock';
import type { UnlockRecord } from '../../../electron/common/briefing/unlock-record';

/**
 * Whether the open briefing is read-only (approved or published, not unlocked), as main decides it,
 * and the attempts to edit it, which ask the user to start a new update or to unlock.
 */
export class EditLock {
  #status: BriefingStatus;
  #unlocked: UnlockRecord | null;
  #attempts = 0;
  readonly #listeners = new Set<() => void>();

  constructor(metadata: Pick<BriefingMetadata, 'status' | 'unlocked'>) {
    this.#status = metadata.status;
    this.#unlocked = metadata.unlocked;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  isLocked = (): boolean => isLockedForEditing({ status: this.#status, unlocked: this.#unlocked });

  get status(): BriefingStatus {
    return this.#status;
  }

  /** Counts the attempts to edit while locked; a new count asks again. */
  attempts = (): number => this.#attempts;

  /** The user tried to change the locked briefing (typing, the toolbar, a panel). */
  attemptEdit(): void {
    this.#attempts += 1;
    this.#notify();
  }

  /** The editor changed the status; like main, an unlock lasts until the status changes. */
  followStatus(status: BriefingStatus): void {
    if (status === this.#status) return;
    this.#status = status;
    this.#unlocked = null;
    this.#notify();
  }

  /** Main recorded the unlock. */
  unlocked(record: UnlockRecord | null): void {
    this.#unlocked = record;
    this.#notify();
  }

  #notify(): void {
    for (const listener of this.#listeners) listener();
  }
}
