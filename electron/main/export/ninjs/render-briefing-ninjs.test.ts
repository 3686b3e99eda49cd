import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { everyNodeBriefing } from '../../../../tests/fixtures/briefings/every-node-briefing';
import { fixtureImages } from '../../../../tests/fixtures/briefings/fixture-assets';
import { genreFixtureBriefings } from '../../../../tests/fixtures/briefings/genre-briefings';
import { fixtureFileRenderOptions } from '../../../../tests/support/file-render-options';
import type { Briefing } from '../../../common/briefing/briefing';
import { renderBriefingNinjs } from './render-briefing-ninjs';

const schemaFolder = path.join(import.meta.dirname, '../../../../tests/fixtures/ninjs');
const readSchema = (name: string) => JSON.parse(readFileSync(path.join(schemaFolder, name), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addSchema(readSchema('GeoJSON-schema.json'));
const validate = ajv.compile(readSchema('ninjs-schema_2.2.json'));

async function ninjsOf(briefing: Briefing, options = fixtureFileRenderOptions()) {
  const { bytes, warnings } = await renderBriefingNinjs(briefing, options);
  return { item: JSON.parse(String(bytes)) as Record<string, unknown>, warnings };
}

describe('renderBriefingNinjs', () => {
  it.each([everyNodeBriefing(), ...genreFixtureBriefings()].map((briefing) => [briefing.id, briefing] as const))(
    '%s validates against the IPTC ninjs 2.2 JSON Schema',
    async (_id, briefing) => {
      const { item, warnings } = await ninjsOf(briefing);
      expect(warnings).toEqual([]);
      expect(validate(item) ? [] : validate.errors).toEqual([]);
    },
  );

  it('carries headline, byline, dateline place, version, dates, embargo and status', async () => {
    const briefing = everyNodeBriefing();
    const { item } = await ninjsOf(briefing);
    expect(item).toMatchObject({
      uri: 'urn:briefdesk:briefing:fixture-every-node',
      type: 'text',
      version: String(briefing.revision),
      firstcreated: briefing.createdAt,
      versioncreated: briefing.updatedAt,
      embargoed: '2026-11-26T12:00:00+02:00',
      pubstatus: 'withheld',
      headlines: [{ role: 'main', value: briefing.metadata.title }],
      by: 'Dana Reyes, Jean-Luc Ørsted',
      located: 'Kharkiv',
      usageterms: 'Classification: Confidential',
      subjects: [
        { name: 'test', literal: 'test' },
        { name: 'all-nodes', literal: 'all-nodes' },
      ],
    });
  });

  it('is usable only once approved or published', async () => {
    const status = async (value: Briefing['metadata']['status']) => {
      const briefing = everyNodeBriefing();
      return (await ninjsOf({ ...briefing, metadata: { ...briefing.metadata, status: value } })).item.pubstatus;
    };
    expect(await status('draft')).toBe('withheld');
    expect(await status('approved')).toBe('usable');
    expect(await status('published')).toBe('usable');
  });

  it('holds the export’s HTML body, escaped, and each embedded image as a picture association', async () => {
    const { item } = await ninjsOf(everyNodeBriefing());
    const [body] = item.bodies as { contenttype: string; value: string }[];
    expect(body?.contenttype).toBe('text/html');
    expect(body?.value).toContain('<section class="briefing-section" data-section-kind="affected-areas"');
    expect(body?.value).toContain('After a line break: &lt;b&gt;not bold&lt;/b&gt;');
    expect(body?.value).not.toContain('<script');
    const image = fixtureImages.portAerial;
    expect(item.associations).toEqual([
      {
        name: 'figure-1',
        uri: `urn:briefdesk:asset:${image.source.replace('asset:', '')}`,
        type: 'picture',
        headlines: [{ role: 'caption', value: 'Smoke over the port of Odesa.' }],
        descriptions: [{ role: 'alternative-text', value: 'Aerial view of a port with cranes and smoke' }],
        by: 'Photo: Port authority',
        renditions: [
          {
            name: 'original',
            href: `data:image/png;base64,${image.bytes.toString('base64')}`,
            contenttype: 'image/png',
            width: 400,
            height: 260,
            sizeinbytes: image.bytes.length,
          },
        ],
      },
    ]);
  });

  it('leaves hidden fields out but always keeps the embargo', async () => {
    const { item } = await ninjsOf(everyNodeBriefing(), fixtureFileRenderOptions({ shown: new Set() }));
    expect(item.by).toBeUndefined();
    expect(item.located).toBeUndefined();
    expect(item.subjects).toBeUndefined();
    expect(item.embargoed).toBe('2026-11-26T12:00:00+02:00');
    expect(validate(item) ? [] : validate.errors).toEqual([]);
  });

  it('is refused by the schema when it breaks it, so the validation can fail', () => {
    expect(validate({ uri: 'urn:x', pubstatus: 'draft' })).toBe(false);
    expect(validate({ headlines: [{ value: 'no uri' }] })).toBe(false);
  });
});
