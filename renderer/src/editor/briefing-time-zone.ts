import { Extension } from '@tiptap/core';

declare module '@tiptap/core' {
  interface Storage {
    briefingTimeZone: { timeZone: string };
  }
}

/** The briefing's time zone, kept where node views can read it: a new key figure's "as of" starts in it. */
export const BriefingTimeZone = Extension.create<{ timeZone: string }>({
  name: 'briefingTimeZone',

  addOptions() {
    return { timeZone: 'UTC' };
  },

  addStorage() {
    return { timeZone: this.options.timeZone };
  },
});
