import { describe, expect, it } from 'vitest';
import { subsetsForText } from './font-face-rules';

const sorted = (subsets: Set<string>) => [...subsets].sort();

describe('subsetsForText', () => {
  it('needs only Latin for English text, however much ASCII (a picture’s base64) comes with it', () => {
    expect(sorted(subsetsForText(`Café déjà vu — “quoted” ${'iVBORw0KGgo+/='.repeat(10_000)}`))).toEqual(['latin']);
  });

  it('adds the subset of every script the text uses', () => {
    expect(sorted(subsetsForText('Київ і Харків'))).toEqual(['cyrillic', 'latin']);
    expect(sorted(subsetsForText('قصف على المدينة'))).toEqual(['arabic', 'latin']);
    expect(sorted(subsetsForText('Αθήνα, Łódź'))).toEqual(['greek', 'latin', 'latin-ext']);
    expect(sorted(subsetsForText('Ґ and ѣ'))).toEqual(['cyrillic', 'cyrillic-ext', 'latin']);
  });

  it('reads a character beyond the basic plane as one character, after which the text still counts', () => {
    expect(sorted(subsetsForText('🙂Київ'))).toEqual(['cyrillic', 'latin']);
  });
});
