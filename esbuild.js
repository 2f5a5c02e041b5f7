// Bundles the extension (for VS Code) and the CLI (for Node) from src/.
// Minified for production only; source maps in development. Type checking is `tsc --noEmit`.
const esbuild = require('esbuild');
const { join, dirname } = require('node:path');

/**
 * The yaml library's ES module build (the one its package offers browsers) instead of the CommonJS one
 * that Node's condition picks: the same code, but esbuild can drop what Copydesk never calls
 * (stringifying, the YAML 1.1 tags), about 17 KB of the extension's bundle.
 */
const YAML_ES_MODULES = join(dirname(require.resolve('yaml')), '..', 'browser', 'dist', 'index.js');

/** The bundles to build; the benchmark reuses this to measure the production bundle. */
function builds({ production, outdir = 'dist' }) {
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: production,
    sourcemap: production ? false : 'linked',
    sourcesContent: false,
    logLevel: 'warning',
    legalComments: 'none',
    alias: { yaml: YAML_ES_MODULES },
  };
  return [
    { ...common, entryPoints: ['src/vscode/extension.ts'], outfile: `${outdir}/extension.js`, external: ['vscode'] },
    { ...common, entryPoints: ['src/cli/main.ts'], outfile: `${outdir}/cli.js` },
  ];
}

async function main() {
  const production = process.argv.includes('--production');
  const options = builds({ production });
  if (process.argv.includes('--watch')) {
    for (const o of options) await (await esbuild.context(o)).watch();
    return;
  }
  await Promise.all(options.map((o) => esbuild.build(o)));
}

module.exports = { builds };

if (require.main === module) {
  main().catch((error) => {
    console.error(error.message || error);
    process.exit(1);
  });
}
