import type { z } from 'zod';
import type { IpcChannel } from '../../common/ipc-channels';
import { isIpcChannel } from '../../common/ipc-channels';
import { type ChannelArgument, type ChannelOutput, ipcContract } from '../../common/ipc-contract';
import { type IpcFieldIssue, type IpcResult, ipcFailure, ipcSuccess } from '../../common/ipc-result';
import { describePlainDataProblem } from '../../common/limits/plain-data';
import { UserFacingError } from '../../common/user-facing-error';
import { isTrustedSender } from './trusted-sender';

/** One function per channel; each receives an argument already validated against the contract. */
export type IpcHandlers = {
  [C in IpcChannel]: (argument: ChannelArgument<C>) => Promise<ChannelOutput<C>>;
};

export interface IpcSender {
  /** URL of the frame that sent the message (`event.senderFrame.url` in Electron). */
  url: string | undefined;
}

export interface IpcDispatcherOptions {
  handlers: IpcHandlers;
  /** The only origin allowed to call, e.g. `app://briefdesk`. */
  trustedOrigin: string;
  /** Receives failures the user is not meant to see in full (stacks, unexpected errors). */
  logError?: (message: string, error: unknown) => void;
}

export type IpcDispatch = (channel: unknown, argument: unknown, sender: IpcSender) => Promise<IpcResult<unknown>>;

function describeIssues(issues: readonly z.core.$ZodIssue[]): IpcFieldIssue[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/** Turns raw IPC traffic into validated handler calls whose outcome is always an `IpcResult`. */
export function createIpcDispatcher({ handlers, trustedOrigin, logError }: IpcDispatcherOptions): IpcDispatch {
  return async (channel, argument, sender) => {
    if (!isTrustedSender(sender.url, trustedOrigin)) {
      logError?.(`Refused IPC from untrusted frame ${String(sender.url)}`, undefined);
      return ipcFailure('forbidden-sender', 'This window is not allowed to talk to Briefdesk.');
    }
    if (!isIpcChannel(channel)) {
      return ipcFailure('unknown-channel', 'Briefdesk does not know that request.');
    }
    const plainDataProblem = describePlainDataProblem(argument);
    if (plainDataProblem) return ipcFailure('invalid-argument', plainDataProblem);
    const parsed = ipcContract[channel].input.safeParse(argument);
    if (!parsed.success) {
      const issues = describeIssues(parsed.error.issues);
      const first = issues[0]?.message ?? 'The request was not valid.';
      return ipcFailure('invalid-argument', first, issues);
    }
    try {
      const handler = handlers[channel] as (argument: unknown) => Promise<unknown>;
      return ipcSuccess(await handler(parsed.data));
    } catch (error) {
      if (error instanceof UserFacingError) return ipcFailure(error.code, error.message);
      logError?.(`IPC handler for ${channel} failed`, error);
      return ipcFailure('internal', 'Something went wrong inside Briefdesk. Your work is safe; please try again.');
    }
  };
}
