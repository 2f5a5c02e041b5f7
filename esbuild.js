// Bundles the extension (for VS Code) and the CLI (for Node) from src/.
// Minified for production only; source maps in development. Type checking is `tsc --noEmit`.
const esbuild = require('esbuild');

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
