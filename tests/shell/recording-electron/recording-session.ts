import { record } from './electron-record.ts';

type ProtocolHandler = (request: Request) => Promise<Response> | Response;

/** The parts of Electron's `Session` that Briefdesk uses, recording each call. */
export class RecordingSession {
  readonly #handlers = new Map<string, ProtocolHandler>();
  readonly protocol;
  readonly webRequest;

  readonly partition: string;

  constructor(partition: string) {
    this.partition = partition;
    this.protocol = {
      handle: (scheme: string, handler: ProtocolHandler) => {
        record('session.protocol.handle', { partition, scheme });
        this.#handlers.set(scheme, handler);
      },
      isProtocolHandled: (scheme: string) => this.#handlers.has(scheme),
    };
    this.webRequest = {
      onBeforeRequest: (_listener: unknown) => record('session.webRequest.onBeforeRequest', { partition }),
    };
  }

  /** True once a handler for the URL's scheme is registered (built-in schemes always load). */
  canLoad(url: string): boolean {
    const scheme = new URL(url).protocol.slice(0, -1);
    return ['file', 'data', 'about'].includes(scheme) || this.#handlers.has(scheme);
  }

  /** Asks this session's handler for a URL, as a page would. */
  async fetch(url: string): Promise<Response> {
    const handler = this.#handlers.get(new URL(url).protocol.slice(0, -1));
    if (!handler) throw new Error(`net::ERR_UNKNOWN_URL_SCHEME ${url}`);
    return handler(new Request(url));
  }

  setPermissionRequestHandler(_handler: unknown): void {
    record('session.setPermissionRequestHandler', { partition: this.partition });
  }

  setPermissionCheckHandler(_handler: unknown): void {
    record('session.setPermissionCheckHandler', { partition: this.partition });
  }

  setDevicePermissionHandler(_handler: unknown): void {
    record('session.setDevicePermissionHandler', { partition: this.partition });
  }

  addWordToSpellCheckerDictionary(word: string): boolean {
    record('session.addWordToSpellCheckerDictionary', { partition: this.partition, word });
    return true;
  }

  setSpellCheckerDictionaryDownloadURL(url: string): void {
    record('session.setSpellCheckerDictionaryDownloadURL', { partition: this.partition, url });
  }
}

const sessions = new Map<string, RecordingSession>([['default', new RecordingSession('default')]]);

/** Stands in for Electron's `session` module. */
export const session = {
  get defaultSession(): RecordingSession {
    return sessions.get('default') as RecordingSession;
  },
  fromPartition(partition: string, _options?: unknown): RecordingSession {
    record('session.fromPartition', { partition });
    let found = sessions.get(partition);
    if (!found) {
      found = new RecordingSession(partition);
      sessions.set(partition, found);
    }
    return found;
  },
};
