import { app, type BrowserWindow, dialog, shell } from 'electron';
import { fileNameSlug } from '../../common/export/export-file-name';
import { type ExportFormat, exportFileExtensions } from '../../common/export/export-request';
import type { ExportDesktopIntegration } from '../export/briefing-export-service';
import { WarmPrinter } from '../export/pdf/warm-printer';
import { openElectronPdfPrinter } from './electron-pdf-printer';

const filterNames: Record<ExportFormat, string> = {
  html: 'Web page (self-contained HTML)',
  pdf: 'PDF document',
  docx: 'Word document',
  md: 'Markdown text',
  ninjs: 'ninjs news item (JSON)',
};

/** The export service's window on the desktop: save dialogs, the file manager, the default viewer, the printer. */
export function createExportDesktopIntegration(
  parentWindow: () => BrowserWindow | undefined,
): ExportDesktopIntegration {
  // One printing window is kept between exports, and closed after two idle minutes.
  const printer = new WarmPrinter(openElectronPdfPrinter);
  return {
    async chooseDestination({ format, suggestedName, folder }) {
      const parent = parentWindow();
      if (folder) {
        const options = {
          title: 'Choose a folder for the exported briefings',
          properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[],
        };
        const answer = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
        return answer.canceled ? undefined : answer.filePaths[0];
      }
      const options = {
        title: 'Export briefing',
        defaultPath: `${fileNameSlug(suggestedName)}.${exportFileExtensions[format]}`,
        filters: [{ name: filterNames[format], extensions: [exportFileExtensions[format]] }],
      };
      const answer = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return answer.canceled ? undefined : answer.filePath;
    },
    async showInFolder(filePath) {
      shell.showItemInFolder(filePath);
    },
    async openFile(filePath) {
      const problem = await shell.openPath(filePath);
      if (problem) throw new Error(problem);
    },
    openPrinter: () => printer.borrow(),
    documentsFolder: () => app.getPath('documents'),
  };
}
