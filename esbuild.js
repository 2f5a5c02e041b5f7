// Bundles the extension (for VS Code) and the CLI (for Node) from src/.
// Minified for production only; source maps in development. Type checking is `tsc --noEmit`.
const esbuild = require('esbuild');
const { join, dirname } = require('node:path');

/**
 * The yaml library's ES module build (the one its package offers browsers) instead of the CommonJS one
 * that Node's condition picks: the same code, but esbuild can drop what Copydesk never calls, about
 * 17 KB of the extension's bundle. (Modules that yaml imports whether called or not are left out
 * below.)
 */
const YAML_ES_MODULES = join(dirname(require.resolve('yaml')), '..', 'browser', 'dist', 'index.js');

/**
 * yaml's YAML 1.1 tags (binary, omap, pairs, set, timestamp) and its 1.1 schema, which its table of
 * tags imports but Copydesk never reaches: it reads every YAML file with the core schema and no custom
 * tags (src/engine/entities/yaml-safe.ts, config.ts, entityYamlEdit.ts). Each module is bundled as an
 * empty stand-in exporting the same names, about 8 KB less; asked for the 1.1 schema, yaml would
 * report it unknown. (The 1.1 merge key module stays: yaml's maps use it whatever the schema.) Should a
 * later yaml import other names from these modules, the build fails on the missing export rather than
 * shipping a gap.
 */
const YAML_11_UNUSED = /[\\/]yaml[\\/]browser[\\/]dist[\\/]schema[\\/]yaml-1\.1[\\/](binary|omap|pairs|set|timestamp|schema)\.js$/;
const YAML_11_STAND_INS = {
  binary: 'export const binary = undefined;',
  omap: 'export const YAMLOMap = undefined, omap = undefined;',
  pairs: 'export const createPairs = undefined, pairs = undefined, resolvePairs = undefined;',
  set: 'export const YAMLSet = undefined, set = undefined;',
  timestamp: 'export const floatTime = undefined, intTime = undefined, timestamp = undefined;',
  schema: 'export const schema = undefined;',
};
const leaveOutYaml11 = {
  name: 'leave-out-yaml-1.1',
  setup(build) {
    build.onLoad({ filter: YAML_11_UNUSED }, (args) => ({ contents: YAML_11_STAND_INS[args.path.match(YAML_11_UNUSED)[1]], loader: 'js' }));
  },
};

/**
 * The bundles to build; the benchmark reuses this to measure the production bundle. `plugins` only
 * trims a dependency: a synchronous build (which cannot run plugins) may drop them.
 */
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
    plugins: [leaveOutYaml11],
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
