import type { Route } from './route';

export interface NavItem {
  label: string;
  route: Route;
}

/** The main navigation, in order. */
export const navItems: NavItem[] = [
  { label: 'Library', route: { screen: 'library' } },
  { label: 'New briefing', route: { screen: 'new-briefing' } },
  { label: 'Import', route: { screen: 'import' } },
  { label: 'Templates', route: { screen: 'templates' } },
  { label: 'Settings', route: { screen: 'settings' } },
  { label: 'About', route: { screen: 'about' } },
];

/** The window title for a route. */
export function routeTitle(route: Route): string {
  switch (route.screen) {
    case 'library':
      return 'Library';
    case 'editor':
      return 'Editor';
    case 'settings':
      return 'Settings';
    case 'about':
      return 'About Briefdesk';
    case 'new-briefing':
      return 'New briefing';
    case 'templates':
      return 'Templates';
    case 'import':
      return 'Import';
    case 'export':
      return 'Export briefings';
  }
}
