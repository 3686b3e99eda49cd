import { getSchema } from '@tiptap/core';
import { createBriefingExtensions } from './briefing-extensions';

/** The ProseMirror schema every stored briefing body must satisfy. */
export const briefingSchema = getSchema(createBriefingExtensions());
