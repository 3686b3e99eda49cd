import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quotedBody } from '../../../tests/support/quoted-body';
import { seededRandom } from '../../../tests/support/seeded-random';
import { openServicesOverIpc, type ServicesOverIpc } from '../../../tests/support/services-over-ipc';
import { ipcChannels } from '../../common/ipc-channels';
import { inputLimits } from '../../common/limits/input-limits';
import type { AppServices } from '../app/app-services';
import type { IpcDispatch } from './ipc-dispatcher';

const hostileStrings = [
  '',
  'A3',
  '__proto__',
  'constructor',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '\u0000',
  'x'.repeat(100_000),
  '💥'.repeat(500),
];

const sparseArray: unknown[] = [];
sparseArray.length = 1e9;
let deepArray: unknown = 'bottom';
for (let level = 0; level < 300; level += 1) deepArray = [deepArray];

/** Payload pieces that pass a limit: the IPC check must refuse each at once. */
const hostileValues: unknown[] = [
  sparseArray,
  deepArray,
  quotedBody(110),
  Array.from({ length: inputLimits.requestItems + 1 }, () => 0),
  'x'.repeat(inputLimits.requestCharacters + 1),
  {
    type: 'doc',
    content: [
      {
        type: 'table',
        content: [{ type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: 2_000_000 } }] }],
      },
    ],
  },
  `By A${'andA'.repeat(300)}1`,
  `{{${' '.repeat(50_000)}`,
];

function garbage(random: () => number, depth = 0): unknown {
  const pick = Math.floor(random() * (depth > 3 ? 7 : 11));
  switch (pick) {
    case 0:
      return null;
    case 1:
      return random() < 0.5;
    case 2:
      return [Number.NaN, Number.POSITIVE_INFINITY, -0, 1e308, Math.floor(random() * 1e9)][Math.floor(random() * 5)];
    case 3:
    case 4:
      return hostileStrings[Math.floor(random() * hostileStrings.length)];
    case 5:
      return BigInt(Math.floor(random() * 1000));
    case 6:
      return new Date(random() * 1e13);
    case 10:
      return hostileValues[Math.floor(random() * hostileValues.length)];
    case 7:
      return Array.from({ length: Math.floor(random() * 4) }, () => garbage(random, depth + 1));
    default: {
      const value: Record<string, unknown> = {};
      const keys = ['authorName', 'theme', 'defaultPageSize', '__proto__', 'constructor', 'prototype', 'extra'];
      for (let count = Math.floor(random() * 4); count > 0; count -= 1) {
        value[keys[Math.floor(random() * keys.length)] as string] = garbage(random, depth + 1);
      }
      return value;
    }
  }
}

/** A payload that can never be valid for `channel`. */
function malformedPayload(channel: string, random: () => number): unknown {
  const takesObject = ![
    'app.info',
    'app.notices',
    'settings.get',
    'briefings.list',
    'trash.list',
    'trash.empty',
    'library.recent',
  ].includes(channel);
  if (!takesObject) {
    const value = garbage(random);
    return value === undefined ? null : value;
  }
  const base = garbage(random);
  const object = typeof base === 'object' && base !== null && !Array.isArray(base) && !(base instanceof Date);
  if (!object) return base;
  return { ...(base as object), [`unknown${Math.floor(random() * 10)}`]: garbage(random) };
}

describe('IPC under 10,000 malformed payloads', () => {
  let app: ServicesOverIpc;
  let dataDir: string;
  let services: AppServices;
  let dispatch: IpcDispatch;

  beforeAll(async () => {
    app = await openServicesOverIpc('briefdesk-ipc-fuzz-');
    ({ dataDir, services, dispatch } = app);
  });

  afterAll(() => app.close());

  it('answers every one with a validation error and changes nothing', async () => {
    const random = seededRandom(20261126);
    const before = services.settings.get();
    const outcomes = new Map<string, number>();
    for (let index = 0; index < 10_000; index += 1) {
      const channel = ipcChannels[Math.floor(random() * ipcChannels.length)] as string;
      const result = await dispatch(channel, malformedPayload(channel, random), { url: 'app://briefdesk/index.html' });
      const code = result.ok ? 'ok' : result.error.code;
      outcomes.set(code, (outcomes.get(code) ?? 0) + 1);
    }
    expect(Object.fromEntries(outcomes)).toEqual({ 'invalid-argument': 10_000 });
    expect(services.settings.get()).toEqual(before);
    expect(services.briefings.list()).toEqual([]);
    expect(await readdir(dataDir)).toEqual(['library']);
    expect(({} as Record<string, unknown>).authorName).toBeUndefined();
  });
});
