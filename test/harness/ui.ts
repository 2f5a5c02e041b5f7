// `npm run test:ui`: builds the extension, then runs the UI tests (`test/ui/**/*.test.ts`, plain
// Node mocha files that drive the workbench through workbench.ts). COPYDESK_TEST_GREP narrows the run.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { buildExtension } from './build';
import { runCleanups } from './cleanup';
import { ensureCodeServer } from './install';
import { log } from './log';
import { repoRoot } from './paths';
import { browserPackages, ensureDebianPackages } from './system';

const uiTestsDir = path.join(repoRoot, 'test', 'ui');

export async function main(): Promise<number> {
  ensureDebianPackages(browserPackages);
  ensureCodeServer();
  buildExtension();
  const files = findTests(uiTestsDir);
  log(`running ${files.length} UI test file${files.length === 1 ? '' : 's'} in the workbench; screenshots go to test-results/`);
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 180000 });
  const grep = process.env.COPYDESK_TEST_GREP;
  if (grep) mocha.grep(grep);
  for (const file of files) mocha.addFile(file);
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  await runCleanups();
  return failures > 0 ? 1 : 0;
}

function findTests(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.ts'))
    .sort()
    .map((name) => path.join(dir, name));
}
