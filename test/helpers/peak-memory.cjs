// Preloaded into the CLI (node --require) by tests that bound its memory: at exit, writes the
// process's peak resident memory in kilobytes to the file named by WELFARE_TEST_PEAK_MEMORY.
'use strict';
const { writeFileSync } = require('node:fs');

const file = process.env.WELFARE_TEST_PEAK_MEMORY;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
