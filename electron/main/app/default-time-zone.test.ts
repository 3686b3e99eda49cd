import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { temporaryDataDir } from '../../../tests/support/library/library-fixtures';
import { systemTimeZone } from '../../common/time/zoned-time';
import { type AppServices, openAppServices } from './app-services';

let services: AppServices;
let remove: () => Promise<void>;
const zoneBefore = process.env.TZ;

beforeEach(async () => {
  // A computer zone other than UTC, so the default cannot pass by being the schema's fallback.
  process.env.TZ = 'America/Chicago';
  const folder = await temporaryDataDir();
  remove = folder.remove;
  services = await openAppServices(folder.dataDir, { name: 'Briefdesk', version: 'test' });
});
afterEach(async () => {
  await services.close();
  await remove();
  if (zoneBefore === undefined) delete process.env.TZ;
  else process.env.TZ = zoneBefore;
});

describe('the default time zone of new briefings', () => {
  it('is the computer’s zone until the settings name one, then the settings’ zone', async () => {
    expect(systemTimeZone()).toBe('America/Chicago');
    expect((await services.briefings.create({})).metadata.timeZone).toBe('America/Chicago');
    await services.settings.update({ defaultTimeZone: 'Asia/Tokyo' });
    expect((await services.briefings.create({})).metadata.timeZone).toBe('Asia/Tokyo');
    const fromTemplate = await services.templates.createBriefing({ templateId: 'daily-brief' });
    expect(fromTemplate.briefing.metadata.timeZone).toBe('Asia/Tokyo');
    expect(fromTemplate.briefing.metadata.asOf).toMatch(/\[Asia\/Tokyo\]$/);
  });

  it('never overrides a zone the new briefing names', async () => {
    await services.settings.update({ defaultTimeZone: 'Asia/Tokyo' });
    const briefing = await services.briefings.create({ metadata: { timeZone: 'Europe/Kyiv' } });
    expect(briefing.metadata.timeZone).toBe('Europe/Kyiv');
  });
});
