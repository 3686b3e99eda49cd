import type { BriefdeskApi } from '../../electron/common/briefdesk-api';

declare global {
  interface Window {
    /** Provided by the preload script; the renderer's only door to the main process. */
    readonly briefdesk?: BriefdeskApi;
  }
}

/** The preload's API, or an error explaining that the page was opened outside Briefdesk. */
export function getBriefdeskApi(): BriefdeskApi {
  if (!window.briefdesk) {
    throw new Error(
      'This page must be opened inside the Briefdesk app: its connection to the main process is missing.',
    );
  }
  return window.briefdesk;
}
