import { describe, expect, it } from 'vitest';
import { checkBriefingContent } from '../document/briefing-content';
import { normalizeSectionKind } from '../document/section-node';
import { sectionLibrary } from './section-library';

describe('sectionLibrary', () => {
  it('holds every section of the situation update, each with a real prompt', () => {
    expect(sectionLibrary.map((definition) => definition.kind)).toEqual(
      expect.arrayContaining([
        'lede',
        'key-figures',
        'what-happened',
        'affected-areas',
        'casualties-damage',
        'response',
        'diplomacy',
        'background',
        'whats-next',
        'sources',
      ]),
    );
    for (const definition of sectionLibrary) {
      expect(normalizeSectionKind(definition.kind), definition.kind).toBe(definition.kind);
      expect(definition.guidance.length, definition.kind).toBeGreaterThan(40);
      expect(definition.guidance.length, definition.kind).toBeLessThanOrEqual(500);
    }
    expect(new Set(sectionLibrary.map((definition) => definition.kind)).size).toBe(sectionLibrary.length);
  });

  it('gives sections that fit the briefing schema', () => {
    const content = sectionLibrary.map((definition) => ({
      type: 'section',
      attrs: { kind: definition.kind, guidance: definition.guidance },
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: definition.title }] },
        ...definition.content,
      ],
    }));
    const check = checkBriefingContent({ type: 'doc', content });
    expect(check.ok ? 'ok' : check.message).toBe('ok');
  });
});
