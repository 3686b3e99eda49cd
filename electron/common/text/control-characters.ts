const controlCharacter = /\p{Cc}/u;
const controlCharacters = /\p{Cc}/gu;

/** True when text holds a control character (NUL, escape, newline, …), which no short field may. */
export function containsControlCharacters(value: string): boolean {
  return controlCharacter.test(value);
}

/** Replaces each control character with a space. */
export function replaceControlCharacters(value: string): string {
  return value.replace(controlCharacters, ' ');
}
