import { type EditCommand, type IpcChannel, ipcChannels, type MenuCommand } from './ipc-channels';
import type { ChannelInput, ChannelOutput } from './ipc-contract';
import type { IpcResult } from './ipc-result';

type Namespace = IpcChannel extends `${infer N}.${string}` ? N : never;

type ChannelMethod<C extends IpcChannel> =
  undefined extends ChannelInput<C>
    ? (input?: ChannelInput<C>) => Promise<IpcResult<ChannelOutput<C>>>
    : (input: ChannelInput<C>) => Promise<IpcResult<ChannelOutput<C>>>;

/** `window.briefdesk`: one method per channel, grouped by namespace, plus main → renderer events. */
export type BriefdeskApi = {
  readonly [N in Namespace]: {
    readonly [C in IpcChannel as C extends `${N}.${infer M}` ? M : never]: ChannelMethod<C>;
  };
} & {
  readonly events: {
    /** Calls `listener` for each menu command; returns a function that stops listening. */
    onMenuCommand(listener: (command: MenuCommand) => void): () => void;
    /**
     * Calls `listener` when the window is about to close or the app to quit; the window closes once every
     * listener's promise has settled (or after a few seconds). Returns a function that stops listening.
     */
    onCloseRequested(listener: () => Promise<unknown>): () => void;
  };
  readonly editing: {
    /** Asks main to paste into the focused page, as Ctrl+V (or Ctrl+Shift+V, as plain text) would. */
    run(command: EditCommand): void;
  };
};

export type InvokeChannel = (channel: IpcChannel, input: unknown) => Promise<unknown>;

export type SubscribeMenuCommands = (listener: (command: MenuCommand) => void) => () => void;

export type SubscribeCloseRequests = (listener: () => Promise<unknown>) => () => void;

const noCloseRequests: SubscribeCloseRequests = () => () => undefined;

export type SendEditCommand = (command: EditCommand) => void;

const noEditCommands: SendEditCommand = () => undefined;

/**
 * Builds the allow-listed API from a transport: `ipcRenderer` in the app, a test binding in the harness
 * (which has no window to close, hence no close requests unless it passes a subscriber).
 */
export function createBriefdeskApi(
  invoke: InvokeChannel,
  subscribe: SubscribeMenuCommands,
  subscribeCloseRequests: SubscribeCloseRequests = noCloseRequests,
  sendEditCommand: SendEditCommand = noEditCommands,
): BriefdeskApi {
  const groups: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const channel of ipcChannels) {
    const [namespace, method] = channel.split('.') as [string, string];
    groups[namespace] ??= {};
    groups[namespace][method] = (input?: unknown) => invoke(channel, input);
  }
  for (const group of Object.values(groups)) Object.freeze(group);
  return Object.freeze({
    ...groups,
    events: Object.freeze({ onMenuCommand: subscribe, onCloseRequested: subscribeCloseRequests }),
    editing: Object.freeze({ run: sendEditCommand }),
  }) as unknown as BriefdeskApi;
}
