import { type BriefingPreparer, preparingCheckedBodiesHere } from '../library/prepare-briefing';
import { prepareBriefingInWorker } from './document-worker/document-worker-client';

/**
 * The longest body, as JSON text, that an editor's save prepares on main's thread. Preparing a checked body there
 * takes about 3.5 ms per 300,000 characters (the 25,000-word briefing) on a 2-core machine, so about 9 ms at this
 * length; the document worker's round trip adds 4–5 ms to a save of any length. Longer bodies go to the worker,
 * where main's thread stays free while they are prepared.
 */
export const checkedBodyCharactersPreparedOnMain = 800_000;

/**
 * How the desktop app prepares what its store writes: an editor's save, whose body IPC has just checked, on main's
 * thread up to `checkedBodyCharactersPreparedOnMain`; everything else (imports, copies, restores, longer bodies)
 * in the document worker, whose gate checks it whole.
 */
export const appBriefingPreparer: BriefingPreparer = preparingCheckedBodiesHere(
  prepareBriefingInWorker,
  checkedBodyCharactersPreparedOnMain,
);
