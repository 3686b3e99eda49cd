/**
 * Runs the built preload unchanged inside a plain Chromium page, with a
 * stand-in `require('electron')` whose ipcRenderer talks to a Playwright
 * binding instead of Electron's IPC. `preloadSource` is `out/preload/index.cjs`.
 */
export function wrapPreloadForPage(preloadSource: string, invokeBinding: string, emitFunction: string): string {
  return `(() => {
  const listeners = new Map();
  const ipcRenderer = {
    invoke: (channel, input) => window[${JSON.stringify(invokeBinding)}](channel, input),
    on(channel, listener) {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel).add(listener);
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener);
    },
    // Renderer → main messages (the close handshake's answer), kept for tests to read.
    send(channel, ...args) {
      (window.__briefdeskHarnessSent ??= []).push([channel, ...args]);
    },
  };
  Object.defineProperty(window, ${JSON.stringify(emitFunction)}, {
    value: (channel, payload) => {
      for (const listener of listeners.get(channel) ?? []) listener({}, payload);
    },
  });
  const contextBridge = {
    exposeInMainWorld(key, api) {
      Object.defineProperty(window, key, { value: api, enumerable: true });
    },
  };
  const require = (name) => {
    if (name === 'electron') return { ipcRenderer, contextBridge };
    throw new Error('A sandboxed preload cannot require ' + name);
  };
  const module = { exports: {} };
  const exports = module.exports;
  ${preloadSource}
})();`;
}
