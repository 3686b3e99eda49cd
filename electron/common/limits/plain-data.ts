import { inputLimits, limitMessages, requestDepth } from './input-limits';

const notPlainData = 'The request did not contain plain data.';

function isPlainPrototype(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Why an IPC argument is refused, as a sentence, or undefined when it is
 * JSON-shaped data (null, undefined for an omitted field, booleans, finite
 * numbers, strings, arrays, plain objects) within the input limits. IPC's
 * structured clone also carries Dates, Maps, typed arrays and the like, which no
 * channel of ours accepts. Walks with its own stack and checks each array's
 * length before reading it, so neither depth nor a sparse array of length 1e9 can stall it.
 */
export function describePlainDataProblem(value: unknown): string | undefined {
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  let characters = 0;
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value: item, depth } = next;
    if (item === null || item === undefined || typeof item === 'boolean') continue;
    if (typeof item === 'number') {
      if (!Number.isFinite(item)) return notPlainData;
      continue;
    }
    if (typeof item === 'string') {
      characters += item.length;
      if (characters > inputLimits.requestCharacters) return limitMessages.requestCharacters;
      continue;
    }
    if (typeof item !== 'object') return notPlainData;
    if (depth >= requestDepth) return limitMessages.requestDepth;
    if (Array.isArray(item)) {
      if (item.length > inputLimits.requestItems) return limitMessages.requestItems;
      for (let index = 0; index < item.length; index += 1) pending.push({ value: item[index], depth: depth + 1 });
      continue;
    }
    if (!isPlainPrototype(item)) return notPlainData;
    const keys = Object.keys(item);
    if (keys.length > inputLimits.requestItems) return limitMessages.requestItems;
    for (const key of keys) {
      characters += key.length;
      pending.push({ value: (item as Record<string, unknown>)[key], depth: depth + 1 });
    }
    if (characters > inputLimits.requestCharacters) return limitMessages.requestCharacters;
  }
  return undefined;
}

/** True for JSON-shaped data within the input limits; see `describePlainDataProblem`. */
export function isPlainData(value: unknown): boolean {
  return describePlainDataProblem(value) === undefined;
}
