#!/usr/bin/env node
// Entry of `npm run test:ui` (see README.md beside this file).
'use strict';
require('./entry')(require.resolve('./ui.ts'));
