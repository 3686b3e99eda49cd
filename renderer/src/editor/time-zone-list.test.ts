// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { timeZoneNames } from '../../../electron/common/time/time-zone-names';
import { sharedTimeZoneList } from './time-zone-list';

afterEach(() => {
  document.body.replaceChildren();
});

describe('sharedTimeZoneList', () => {
  it('offers every zone name in one list, made once however many fields ask for it', () => {
    const id = sharedTimeZoneList();
    expect(sharedTimeZoneList()).toBe(id);
    const lists = document.querySelectorAll('datalist');
    expect(lists).toHaveLength(1);
    expect(lists[0]?.id).toBe(id);
    const offered = [...(lists[0]?.querySelectorAll('option') ?? [])].map((option) => option.value);
    expect(offered).toEqual(timeZoneNames());
    expect(offered).toContain('Europe/Paris');
  });
});
