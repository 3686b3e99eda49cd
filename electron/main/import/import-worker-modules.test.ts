import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

// `import … from`, `export … from`, `import(…)` and `import '…'`; `import type` and `export type` load nothing.
const importSpecifier =
  /(?:^|\n)\s*(?:import|export)(?!\s+type\s)[^'";]*?from\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

/** The packages a module and the project files it imports load, following relative imports; type-only ones are left out. */
function packagesLoadedBy(entry: string): Set<string> {
  const packages = new Set<string>();
  const visited = new Set<string>();
  const visit = (file: string) => {
    if (visited.has(file)) return;
    visited.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(importSpecifier)) {
      const specifier = match[1] ?? match[2] ?? match[3] ?? '';
      if (!specifier.startsWith('.')) {
        packages.add(
          specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] ?? ''),
        );
        continue;
      }
      const base = path.resolve(path.dirname(file), specifier);
      const resolved = [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find(existsSync);
      if (!resolved) throw new Error(`${file} imports ${specifier}, which is not a TypeScript file here.`);
      visit(resolved);
    }
  };
  visit(entry);
  return packages;
}

test('the import worker does not load happy-dom, which only the paste clean-up under Node uses', () => {
  const packages = packagesLoadedBy(path.join(import.meta.dirname, 'import-worker.ts'));
  // The walk reaches the worker's parsers: it follows the real graph.
  expect(packages).toContain('linkedom');
  expect(packages).toContain('sanitize-html');
  expect(packages).toContain('@mozilla/readability');
  // happy-dom adds about 15 MB to the worker's heap and a second or more to its start.
  expect(packages).not.toContain('happy-dom');
});

test('the parser kept for the paste clean-up still brings happy-dom with it', () => {
  expect(packagesLoadedBy(path.join(import.meta.dirname, 'open-node-html-parser.ts'))).toContain('happy-dom');
});
