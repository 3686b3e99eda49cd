/** A briefing id: lowercase letters, digits and hyphens, 8 to 64 characters. */
export const briefingIdPattern = /^[a-z0-9][a-z0-9-]{7,63}$/;
