import type { Editor } from '@tiptap/core';
import { useEffect } from 'react';
import type { TextDirection } from '../../../electron/common/language/text-direction';
import type { WorkspaceCommand, WorkspaceCommands } from '../editor/workspace-commands';

const directionOfCommand: [WorkspaceCommand, TextDirection | null][] = [
  ['direction-ltr', 'ltr'],
  ['direction-rtl', 'rtl'],
  ['direction-auto', 'auto'],
  ['direction-follow-language', null],
];

/** The menu's Text Direction items, run on the blocks the selection touches. */
export function useDirectionCommands(commands: WorkspaceCommands, editor: Editor | undefined): void {
  useEffect(() => {
    if (!editor) return;
    const stops = directionOfCommand.map(([command, dir]) =>
      commands.on(command, () => void editor.chain().focus().setBlockDirection(dir).run()),
    );
    return () => {
      for (const stop of stops) stop();
    };
  }, [commands, editor]);
}
