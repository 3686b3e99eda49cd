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

/** Keys that read or move through a field rather than change it. */
const readingKeys = new Set(['Tab', 'Escape', 'Shift', 'Control', 'Alt', 'Meta', 'ArrowLeft', 'ArrowRight']);

/** An event on a node view's own field or button that would change the briefing. */
function wouldEditField(event: Event): boolean {
  const target = event.target instanceof Element ? event.target : null;
  const field = target?.closest('input, select, textarea, button');
  if (!field) return false;
  if (event.type === 'beforeinput') return true;
  if (event.type === 'click') return field instanceof HTMLButtonElement;
  if (event.type === 'mousedown') return field instanceof HTMLSelectElement;
  // Selects and date-time fields change with keys that do not input text.
  const keyed = field instanceof HTMLSelectElement || (field instanceof HTMLInputElement && field.type !== 'text');
  return event instanceof KeyboardEvent && keyed && !readingKeys.has(event.key) && !event.ctrlKey && !event.metaKey;
}

/**
 * Makes the editor read-only while `lock` says so: the text can still be read, selected, copied and
 * searched (it stays focusable), but a key that would edit it, a change in a key figure's or figure's
 * own fields and buttons, or any command that would change it (toolbar, menus, panels), asks instead.
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
      // The fields and buttons of the node views (key figures, figures) handle their own events: guard them first.
      const guard = (event: Event) => {
        if (!lock.isLocked() || !wouldEditField(event)) return;
        event.preventDefault();
        event.stopPropagation();
        lock.attemptEdit();
      };
      const guarded = ['beforeinput', 'keydown', 'mousedown', 'click'] as const;
      for (const type of guarded) view.dom.addEventListener(type, guard, true);
      return {
        destroy() {
          stop();
          for (const type of guarded) view.dom.removeEventListener(type, guard, true);
        },
      };
    },
  });
}
