#!/usr/bin/env node
// Entry of `npm run test:ui` (see README.md beside this file).
'use strict';
// tsx's global hook (not its namespaced `require`, which confuses esbuild's binary lookup).
require('tsx/cjs/api').register();
require('./ui.ts')
  .main()
  .then(
    (code) => process.exit(code),
    (error) => {
      console.error(error && error.stack ? error.stack : error);
      process.exit(1);
    },
  );
