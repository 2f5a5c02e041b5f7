#!/usr/bin/env node
// Stands in for a VS Code executable so `@vscode/test-electron`'s `runTests` can stay the entry point:
// it is given as `vscodeExecutablePath`, receives the arguments runTests would pass to VS Code, and
// forwards the folder, `--extensionDevelopmentPath` and `--extensionTestsPath` to the code-server
// runner. Other arguments (sandbox flags, test-electron's own profile folders) do not apply: every
// run gets a fresh code-server profile.
'use strict';
const path = require('node:path');
require('tsx/cjs/api').register();

function parseArgs(argv) {
  const options = { folder: undefined, extensionDevelopmentPath: undefined, extensionTestsPath: undefined };
  for (const arg of argv) {
    const match = /^--(extensionDevelopmentPath|extensionTestsPath)=(.*)$/.exec(arg);
    if (match) options[match[1]] = path.resolve(match[2]);
    else if (!arg.startsWith('-')) options.folder = path.resolve(arg);
  }
  return options;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  for (const [name, value] of Object.entries(options)) {
    if (!value) throw new Error(`launcher: missing ${name === 'folder' ? 'a workspace folder argument' : `--${name}`}`);
  }
  const { runTestsInWorkbench } = require('./host-run.ts');
  return runTestsInWorkbench(options);
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error && error.stack ? error.stack : error);
    process.exit(1);
  },
);
