// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useIdleAfterPaint } from './use-idle-after-paint';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;
let frames: FrameRequestCallback[];
let idleCallbacks: IdleRequestCallback[];

function runFrames(): void {
  act(() => {
    for (const frame of frames.splice(0)) frame(0);
  });
}

function runIdle(): void {
  act(() => {
    for (const callback of idleCallbacks.splice(0)) callback({ didTimeout: false, timeRemaining: () => 10 });
  });
}

function Probe({ ready }: { ready: boolean }) {
  return <p>{useIdleAfterPaint(ready) ? 'shown' : 'waiting'}</p>;
}

beforeEach(() => {
  frames = [];
  idleCallbacks = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idleCallbacks.push(callback));
  vi.stubGlobal('cancelIdleCallback', () => undefined);
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.unstubAllGlobals();
});

describe('useIdleAfterPaint', () => {
  it('waits for a painted frame and then for idle time before it shows the parts beside the text', () => {
    act(() => root.render(<Probe ready />));
    expect(container.textContent).toBe('waiting');
    expect(idleCallbacks).toHaveLength(0);
    runFrames();
    expect(container.textContent).toBe('waiting');
    runIdle();
    expect(container.textContent).toBe('shown');
  });

  it('does not start waiting before the text is there', () => {
    act(() => root.render(<Probe ready={false} />));
    runFrames();
    runIdle();
    expect(container.textContent).toBe('waiting');
    act(() => root.render(<Probe ready />));
    runFrames();
    runIdle();
    expect(container.textContent).toBe('shown');
  });
});
