import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { doc, keyFigures, paragraph } from '../../../tests/fixtures/briefings/document-builders';
import { exportRequestSchema } from '../../common/export/export-request';
import { type AppServices, openAppServices } from '../app/app-services';

let dataDir: string;
let services: AppServices;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-forced-export-'));
  services = await openAppServices(dataDir, { name: 'Briefdesk', version: '2.0.0' });
  await services.settings.update({ authorName: 'Dana Reyes' });
});

afterEach(async () => {
  await services.close();
  await rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
});

/** A briefing whose final export the check blocks: a key figure has no source. */
async function blockedBriefing() {
  return services.briefings.create({
    metadata: { title: 'Port strike' },
    content: doc(paragraph('Ships were hit.'), keyFigures({ value: '3', label: 'ships hit', source: '', asOf: '' })),
  });
}

async function exportAnyway(id: string) {
  const destination = path.join(services.exports.exportsDir, 'port.html');
  await services.exports.export(
    exportRequestSchema.parse({ format: 'html', ids: [id], destination, purpose: 'final', force: true }),
  );
}

describe('an export made anyway while the briefing is open in the editor', () => {
  it('does not make the editor’s next save conflict, and the save keeps the record', async () => {
    const opened = await blockedBriefing();
    await exportAnyway(opened.id);

    // The editor still holds the revision and metadata it opened.
    const saved = await services.briefings.save({
      id: opened.id,
      revision: opened.revision,
      metadata: { ...opened.metadata, title: 'Port strike, update' },
      content: doc(
        paragraph('Ships were hit at dawn.'),
        keyFigures({ value: '3', label: 'ships hit', source: '', asOf: '' }),
      ),
    });
    expect(saved.metadata.title).toBe('Port strike, update');
    expect(saved.metadata.forcedExports).toEqual([
      { at: expect.any(String), by: 'Dana Reyes', findings: ['key-figure-without-source'] },
    ]);
    expect(saved.revision).toBe(opened.revision + 2);

    // Its later saves, on the revision that save returned, keep the record too.
    const later = await services.briefings.save({
      id: opened.id,
      revision: saved.revision,
      metadata: opened.metadata,
      content: saved.content,
    });
    expect(later.metadata.forcedExports).toHaveLength(1);
  });

  it('is a named revision in the briefing’s history', async () => {
    const opened = await blockedBriefing();
    await exportAnyway(opened.id);
    const entries = await services.briefings.history.list(opened.id);
    expect(entries[0]).toMatchObject({
      revision: opened.revision + 1,
      reason: 'forced-export',
      name: 'Exported anyway by Dana Reyes',
    });
  });

  it('keeps unsaved text typed on the revision before as text to offer after a crash', async () => {
    const opened = await blockedBriefing();
    const typed = doc(paragraph('Ships were hit at dawn, officials said.'));
    await services.briefings.writeJournal({
      briefingId: opened.id,
      revision: opened.revision,
      metadata: opened.metadata,
      content: typed,
    });
    await exportAnyway(opened.id);
    await services.briefings.writeJournal({
      briefingId: opened.id,
      revision: opened.revision,
      metadata: opened.metadata,
      content: typed,
    });
    const { entries } = await services.briefings.journal.readAll();
    expect(entries).toEqual([expect.objectContaining({ revision: opened.revision + 1, content: typed })]);
  });

  it('still conflicts with a save based on a revision another edit replaced', async () => {
    const opened = await blockedBriefing();
    await services.briefings.save({ ...opened, content: doc(paragraph('Another window’s text.')) });
    await exportAnyway(opened.id);
    await expect(services.briefings.save(opened)).rejects.toMatchObject({ code: 'conflict' });
  });
});

describe('an export made anyway by another Briefdesk process (the command line) while the app has it open', () => {
  /** The command line's own services on the same data folder, as `briefdesk export --force` opens them. */
  async function exportAnywayElsewhere(id: string) {
    const elsewhere = await openAppServices(dataDir, { name: 'Briefdesk', version: '2.0.0' });
    try {
      const destination = path.join(elsewhere.exports.exportsDir, 'port-cli.html');
      await elsewhere.exports.export(
        exportRequestSchema.parse({
          format: 'html',
          ids: [id],
          destination,
          purpose: 'final',
          force: true,
          ifExists: 'replace',
        }),
      );
    } finally {
      await elsewhere.close();
    }
  }

  it('does not make the editor’s next save conflict, and the save keeps the record', async () => {
    const opened = await blockedBriefing();
    await exportAnywayElsewhere(opened.id);
    const saved = await services.briefings.save({
      id: opened.id,
      revision: opened.revision,
      metadata: { ...opened.metadata, title: 'Port strike, update' },
      content: doc(paragraph('Ships were hit at dawn.')),
    });
    expect(saved).toMatchObject({ revision: opened.revision + 2, metadata: { title: 'Port strike, update' } });
    expect(saved.metadata.forcedExports).toEqual([
      { at: expect.any(String), by: 'Dana Reyes', findings: ['key-figure-without-source'] },
    ]);
    const later = await services.briefings.save({ ...opened, revision: saved.revision, content: saved.content });
    expect(later.metadata.forcedExports).toHaveLength(1);
  });

  it('still conflicts when the other process also changed the text or the metadata', async () => {
    for (const change of [
      { content: doc(paragraph('Rewritten on the desk’s other machine.')) },
      { metadata: { title: 'Port strike (desk’s title)' } },
    ]) {
      const opened = await blockedBriefing();
      const elsewhere = await openAppServices(dataDir, { name: 'Briefdesk', version: '2.0.0' });
      try {
        const current = await elsewhere.briefings.get(opened.id);
        await elsewhere.briefings.save({
          ...current,
          ...change,
          metadata: { ...current.metadata, ...change.metadata },
        });
      } finally {
        await elsewhere.close();
      }
      await exportAnywayElsewhere(opened.id);
      await expect(services.briefings.save(opened)).rejects.toMatchObject({ code: 'conflict' });
    }
  });
});
