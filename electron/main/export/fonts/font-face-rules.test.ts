import { describe, expect, it } from 'vitest';
import { subsetsForHtml, subsetsForText } from './font-face-rules';

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

describe('subsetsForHtml', () => {
  const picture = (base64: string) => `<img src="data:image/png;base64,${base64}" alt="Київ">`;

  it('finds the scripts of the text between, before and after pictures, and of their attributes', () => {
    expect(sorted(subsetsForHtml(`<p>Київ</p>${picture('iVBORw0KGgo=')}`))).toEqual(['cyrillic', 'latin']);
    expect(sorted(subsetsForHtml(`${picture('iVBORw0KGgo=')}<p>قصف</p>${picture('AAAA')}<p>Łódź</p>`))).toEqual([
      'arabic',
      'cyrillic',
      'latin',
      'latin-ext',
    ]);
    expect(sorted(subsetsForHtml('<p>Αθήνα</p><img src="data:image/png;base64,AAAA'))).toEqual(['greek', 'latin']);
  });

  it('does not scan inside a picture’s data URL', () => {
    // Base64 is ASCII; a letter there would only be there if the scan went inside.
    expect(sorted(subsetsForHtml('<p>News</p><img src="data:text/plain,Київ" alt="">'))).toEqual(['latin']);
  });
});
