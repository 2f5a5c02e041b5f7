// The `copydesk` command. Everything happens in run(); this only connects it to the process.
import * as path from 'node:path';
import packageJson from '../../package.json';
import { run } from './run';

// dist/cli.js sits one folder below the package root, beside data/ and docs/.
const packageRoot = path.resolve(__dirname, '..');

// Output piped into `head` and closed early is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  bundledPath: path.join(packageRoot, 'data', 'entities.yaml'),
  packageRoot,
  version: packageJson.version,
});
