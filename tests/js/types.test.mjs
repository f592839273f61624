// The hand-written index.d.ts and element/galley-article.d.ts type-check documented usage (tsc --strict);
// every @ts-expect-error in usage.ts and element-usage.ts must meet an error, or tsc fails.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';

import { rootDir } from './helpers.mjs';

test('the .d.ts files accept the documented API and rejects misuse', () => {
  const tsc = join(rootDir, 'node_modules/.bin/tsc');
  const { status, stdout, stderr } = spawnSync(tsc, ['-p', join(rootDir, 'tests/js/types/tsconfig.json')], { encoding: 'utf8' });
  assert.equal(status, 0, `${stdout}${stderr}`);
});
