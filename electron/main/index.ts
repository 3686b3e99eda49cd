import path from 'node:path';
import { app } from 'electron';
import { commandLineArguments } from './shell/command-line-arguments';
import { runCommandLineInApp } from './shell/command-line-mode';
import { startDesktopApp } from './shell/desktop-app';

// `Briefdesk --cli export …` (or `briefdesk export …` from the deb's launcher) runs the command line
// headless; anything else opens the app.
const cliArguments = commandLineArguments(process.argv, process.defaultApp === true);
if (cliArguments) {
  runCommandLineInApp(app, cliArguments);
} else {
  startDesktopApp(app, {
    outDir: path.resolve(import.meta.dirname, '..'),
    iconPath: path.join(app.getAppPath(), 'resources', 'icons', 'icon.png'),
  });
}
