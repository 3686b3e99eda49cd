import { execFile } from 'node:child_process';

/**
 * Runs a document tool the tests read exports back with (pandoc, LibreOffice). A missing tool fails the
 * test with what to install: these tests never turn "tool missing" into "nothing found".
 */
export function runDocumentTool(
  command: string,
  args: readonly string[],
  debianPackage: string,
  timeoutMs = 120_000,
): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
        reject(
          new Error(`${command} is not installed: install the Debian package ${debianPackage} (listed in .ci/run).`),
        );
      } else if (error) reject(new Error(`${command} failed: ${error.message}\n${stderr}`));
      else resolve(stdout);
    });
  });
}
