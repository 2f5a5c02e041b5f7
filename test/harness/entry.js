// Runs a harness module's `main()` (TypeScript, through tsx) and exits with the status it returns.
'use strict';

module.exports = function runMain(modulePath) {
  // tsx's global hook (not its namespaced `require`, which confuses esbuild's binary lookup).
  require('tsx/cjs/api').register();
  require(modulePath)
    .main()
    .then(
      (code) => process.exit(code),
      (error) => {
        console.error(error && error.stack ? error.stack : error);
        process.exit(1);
      },
    );
};
