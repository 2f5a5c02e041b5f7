#!/usr/bin/env node
// `npm run demo`: builds Copydesk, checks the examples with the CLI, then serves the real VS Code
// workbench (code-server) with the built extension loaded on examples/ and prints the address to open
// in a browser. Ctrl-C stops it. COPYDESK_DEMO_PORT picks the port (default: any free one).
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

require('tsx/cjs/api').register();
const { buildExtension } = require('../test/harness/build.ts');
const { onExit } = require('../test/harness/cleanup.ts');
const { ensureCodeServer } = require('../test/harness/install.ts');
const { repoRoot } = require('../test/harness/paths.ts');
const { startCodeServer, workbenchUrl } = require('../test/harness/server.ts');

const examples = path.join(repoRoot, 'examples');

function checkExamples() {
  const cli = path.join(repoRoot, 'dist', 'cli.js');
  if (!fs.existsSync(cli)) {
    console.log('(dist/cli.js was not built: skipping the command-line check)');
    return;
  }
  console.log('$ node dist/cli.js check examples/');
  const result = spawnSync(process.execPath, [cli, 'check', 'examples/'], { cwd: repoRoot, stdio: 'inherit' });
  // Exit 1 means findings, which is what the example is for; only an unusable input is worth a note.
  if (result.status === 2) console.log('(the check reported unusable input; the demo goes on)');
  console.log();
}

async function main() {
  buildExtension();
  checkExamples();
  const entry = ensureCodeServer();
  const port = process.env.COPYDESK_DEMO_PORT;
  const server = await startCodeServer({ entry, port: port ? Number(port) : undefined });
  onExit(() => {
    console.log('\nStopping the workbench…');
    return server.stop();
  });
  const url = workbenchUrl({ server, folder: examples, extensionDevelopmentPath: repoRoot });
  console.log('Copydesk is running in VS Code on examples/. Open this address in a browser:');
  console.log();
  console.log(`  ${url}`);
  console.log();
  console.log('Open report.md from the Explorer and rest the mouse on a name. Press Ctrl-C to stop.');
}

main().catch((error) => {
  console.error(error && error.stack ? error.stack : error);
  process.exit(1);
});
