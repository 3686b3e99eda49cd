/** A menu item as both a template and Electron's built menu describe it. */
export interface MenuEntry {
  label?: string | undefined;
  role?: string | undefined;
  type?: string | undefined;
  submenu?: readonly MenuEntry[] | undefined;
}

/** One line per item: `Label`, `role:name` or `---`; items with their own submenu become `{ name: [...] }`. */
export type MenuOutline = (string | { [name: string]: MenuOutline })[];

// Electron fills these roles' submenus itself, so only the role is ours to check.
const rolesWithBuiltInSubmenu = new Set(['appmenu', 'filemenu', 'editmenu', 'viewmenu', 'windowmenu', 'sharemenu']);

function nameOf(entry: MenuEntry): string {
  if (entry.type === 'separator') return '---';
  if (entry.role) return `role:${entry.role.toLowerCase()}`;
  return (entry.label ?? '').replace(/&(?!&)/g, '');
}

/**
 * Reduces a menu to what a user would see and what the app decided, so that a
 * template and the menu Electron built from it compare equal: roles by name
 * (their labels are Electron's and vary by platform), mnemonics dropped.
 */
export function outlineMenu(entries: readonly MenuEntry[]): MenuOutline {
  return entries.map((entry) => {
    const name = nameOf(entry);
    const builtIn = entry.role !== undefined && rolesWithBuiltInSubmenu.has(entry.role.toLowerCase());
    if (!entry.submenu || builtIn) return name;
    return { [name]: outlineMenu(entry.submenu) };
  });
}
