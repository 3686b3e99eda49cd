/** A third-party work shipped inside Briefdesk and the licence it comes under. */
export interface BundledWork {
  name: string;
  use: string;
  licence: string;
}

/** The fonts and dictionaries inside the app, for the About screen and docs/languages.md. */
export const bundledWorks: readonly BundledWork[] = [
  { name: 'Source Serif 4, Source Sans 3', use: 'export fonts (Latin, Cyrillic, Greek)', licence: 'SIL OFL 1.1' },
  { name: 'Noto Naskh Arabic, Noto Sans Arabic', use: 'export fonts (Arabic)', licence: 'SIL OFL 1.1' },
  {
    name: 'Hunspell (hunspell-asm)',
    use: 'spell checking engine',
    licence: 'MPL 1.1 / GPL 2 / LGPL 2.1; bindings MIT',
  },
  { name: 'English dictionary (SCOWL, dictionary-en)', use: 'spelling, en', licence: 'MIT and BSD' },
  { name: 'French dictionary (Grammalecte, dictionary-fr)', use: 'spelling, fr', licence: 'MPL 2.0' },
  { name: 'Spanish dictionary (RLA-ES, dictionary-es)', use: 'spelling, es', licence: 'GPL 3.0, LGPL 3.0 or MPL 1.1' },
  {
    name: 'Arabic dictionary (Ayaspell 3.2, Debian hunspell-ar)',
    use: 'spelling, ar',
    licence: 'GPL 2.0, LGPL 2.1 or MPL 1.1',
  },
  { name: 'Ukrainian dictionary (dictionary-uk)', use: 'spelling, uk', licence: 'GPL 3.0' },
  { name: 'Russian dictionary (dictionary-ru)', use: 'spelling, ru', licence: 'BSD 3-Clause' },
];
