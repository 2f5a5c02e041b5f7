// `npm run test:host`: builds the extension and the extension-host suites, then runs them in the real
// workbench through @vscode/test-electron's `runTests`, with launcher.js as the VS Code executable.
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { browserPackages, ensureDebianPackages } from './system';
import { bundleHostTests, buildExtension } from './build';
import { onExit } from './cleanup';
import { copyMultiRootWorkspace, copyWorkspace } from './fixture';
import { ensureCodeServer } from './install';
import { log } from './log';
import { fixtureWorkspace, repoRoot } from './paths';

const launcher = path.join(__dirname, 'launcher.js');

export async function main(): Promise<number> {
  ensureDebianPackages(browserPackages);
  ensureCodeServer();
  buildExtension();
  const bundle = await bundleHostTests();
  // COPYDESK_HARNESS_WORKSPACE=multi-root opens two copies of the fixture as one workspace.
  const multiRoot = process.env.COPYDESK_HARNESS_WORKSPACE === 'multi-root';
  const workspace = multiRoot ? copyMultiRootWorkspace(fixtureWorkspace) : copyWorkspace(fixtureWorkspace);
  const forget = onExit(() => {
    workspace.dispose();
    bundle.dispose();
  });
  try {
    log(`running extension-host tests on a copy of ${path.relative(repoRoot, fixtureWorkspace)}`);
    await runTests({
      vscodeExecutablePath: launcher,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: bundle.runner,
      launchArgs: [workspace.folder],
      // The profile is code-server's, fresh for every run; test-electron's own folders do not apply.
      reuseMachineInstall: true,
    });
    return 0;
  } catch (error) {
    const code = (error as { code?: number }).code;
    log(`extension-host tests failed: ${(error as Error).message}`);
    return typeof code === 'number' && code !== 0 ? code : 1;
  } finally {
    forget();
    workspace.dispose();
    bundle.dispose();
  }
}
