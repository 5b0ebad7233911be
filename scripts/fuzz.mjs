import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm run fuzz [-- runs]`: every endpoint sent `runs` broken requests (10,000 unless told),
 * through the same test the suite runs with a few dozen. FUZZ_SEED replays a run.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = process.argv[2] ?? '10000';
if (!/^\d+$/.test(runs)) {
  process.stderr.write(`usage: npm run fuzz [-- requests per endpoint], not "${runs}"\n`);
  process.exit(2);
}
const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'test.mjs'), 'tests/integration/fuzz-every-endpoint.test.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs },
});
process.exit(result.status ?? 1);
