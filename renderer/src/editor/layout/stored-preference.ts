/** A layout choice kept between sessions in the renderer's own storage; the default when storage is unavailable. */
export function readStoredPreference(key: string, fallback: boolean): boolean {
  try {
    const stored = window.localStorage.getItem(key);
    return stored === null ? fallback : stored === 'true';
  } catch {
    return fallback;
  }
}

export function writeStoredPreference(key: string, value: boolean): void {
  try {
    window.localStorage.setItem(key, String(value));
  } catch {
    // A layout choice that cannot be kept is still applied for this session.
  }
}
