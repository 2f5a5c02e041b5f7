#!/usr/bin/env node
// Entry of `npm run test:host` (see README.md beside this file).
'use strict';
require('./entry')(require.resolve('./host.ts'));
