import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditLock } from './edit-lock';

export const editLockKey = new PluginKey('editLock');

/** Keys that would change the text: characters, line and deletion keys, and the editing shortcuts. */
function wouldEdit(event: KeyboardEvent): boolean {
  const shortcut = event.ctrlKey || event.metaKey;
  if (shortcut) return ['v', 'x', 'z', 'y', 'b', 'i', 'u', 'k', 'd'].includes(event.key.toLowerCase());
  if (event.altKey) return false;
  return event.key.length === 1 || ['Enter', 'Backspace', 'Delete'].includes(event.key);
}

/**
 * Makes the editor read-only while `lock` says so: the text can still be read, selected, copied and
 * searched (it stays focusable), but a key that would edit it, or any command that would change it
 * (toolbar, menus, panels), asks instead.
 */
export function editLockPlugin(lock: EditLock): Plugin {
  return new Plugin({
    key: editLockKey,
    filterTransaction(transaction) {
      if (!transaction.docChanged || !lock.isLocked()) return true;
      lock.attemptEdit();
      return false;
    },
    props: {
      editable: () => !lock.isLocked(),
      attributes: (): Record<string, string> =>
        lock.isLocked() ? { tabindex: '0', 'aria-readonly': 'true', 'data-locked': 'true' } : {},
      handleDOMEvents: {
        keydown(_view, event) {
          if (!lock.isLocked() || !wouldEdit(event)) return false;
          event.preventDefault();
          lock.attemptEdit();
          return true;
        },
      },
    },
    view(view) {
      // Redraw the editable state when the lock changes.
      const stop = lock.subscribe(() => {
        if (view.editable === lock.isLocked()) view.dispatch(view.state.tr.setMeta(editLockKey, 'changed'));
      });
      return { destroy: stop };
    },
  });
}
