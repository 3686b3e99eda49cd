import { describe, expect, it } from 'vitest';
import { InFlightWork } from './in-flight-work';

function deferred() {
  let resolve: () => void = () => undefined;
  let reject: (error: Error) => void = () => undefined;
  const promise = new Promise<void>((onResolve, onReject) => {
    resolve = onResolve;
    reject = onReject;
  });
  return { promise, resolve, reject };
}

const ticks = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('InFlightWork', () => {
  it('settles only when work started while waiting has finished too', async () => {
    const work = new InFlightWork();
    const first = deferred();
    const second = deferred();
    work.track(first.promise);
    let settled = false;
    const waiting = work.settled().then(() => {
      settled = true;
    });
    work.track(second.promise);
    first.resolve();
    await ticks();
    expect(settled).toBe(false);
    second.reject(new Error('a failed call'));
    await waiting;
    expect(settled).toBe(true);
    expect(work.size).toBe(0);
  });

  it('returns the work unchanged, rejections included', async () => {
    const work = new InFlightWork();
    await expect(work.track(Promise.resolve(7))).resolves.toBe(7);
    await expect(work.track(Promise.reject(new Error('no')))).rejects.toThrow('no');
    await work.settled();
  });
});
