/** The briefing's language tag when its metadata has one (a language field may be added later), else English. */
export function briefingLanguage(metadata: object): string {
  const language = (metadata as { language?: unknown }).language;
  return typeof language === 'string' && language !== '' ? language : 'en';
}
