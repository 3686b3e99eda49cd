import { hasOrigin } from '../security/has-origin';

/**
 * True when an IPC message comes from a frame showing our own renderer:
 * the exact origin we serve it from, never a subframe from elsewhere.
 */
export function isTrustedSender(senderUrl: string | undefined, trustedOrigin: string): boolean {
  return hasOrigin(senderUrl, trustedOrigin);
}
