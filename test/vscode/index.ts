// The mocha runner that the extension host loads (`--extensionTestsPath`): it runs every bundled
// `*.test.js` beside it, in file-name order except that the activation suite goes first (it checks
// that nothing activated Copydesk before a markdown document opened). COPYDESK_TEST_GREP narrows the
// run to matching test titles.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

const firstSuite = 'activation.test.js';

export function run(): Promise<void> {
  // The extension host sends console.log to the workbench's browser console; the report belongs on
  // the process's stdout, which the harness prints.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => {
    process.stdout.write(`${format(...args)}\n`);
  };
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30000 });
  const grep = process.env.COPYDESK_TEST_GREP;
  if (grep) mocha.grep(grep);
  const files = fs
    .readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .sort((a, b) => Number(b === firstSuite) - Number(a === firstSuite) || a.localeCompare(b));
  for (const name of files) mocha.addFile(path.join(__dirname, name));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      if (failures > 0) reject(new Error(`${failures} extension-host test${failures === 1 ? '' : 's'} failed`));
      else resolve();
    });
  });
}
