const maximumDepth = 200;

/**
 * True for JSON-shaped data only: null, undefined (an omitted field), booleans,
 * finite numbers, strings, arrays and plain objects. IPC's structured clone also carries Dates, Maps,
 * typed arrays and the like, which no channel of ours accepts.
 */
export function isPlainData(value: unknown, depth = 0): boolean {
  if (value === null || value === undefined || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object' || depth > maximumDepth) return false;
  if (Array.isArray(value)) return value.every((item) => isPlainData(item, depth + 1));
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  return Object.values(value).every((item) => isPlainData(item, depth + 1));
}
