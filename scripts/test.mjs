import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTabIfNeeded } from './build-tab-if-needed.mjs';

/**
 * `npm test`: everything CI checks, in the order that fails fastest — types, lint, then
 * unit, integration, UI and browser tests against a real PostgreSQL and a real Chromium.
 * Extra arguments go to Jest (e.g. `npm test -- tests/unit`).
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name, file) => path.join(root, 'node_modules', name, file);
const jestArgs = process.argv.slice(2);

function step(title, args, env = {}) {
  const started = Date.now();
  process.stdout.write(`\n▶ ${title}\n`);
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  process.stdout.write(`${result.status === 0 ? '✔' : '✘'} ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  if (result.status !== 0) process.exit(result.status ?? 1);
}

step('Chromium for the browser tests', [path.join(root, 'scripts', 'ensure-chromium.mjs')]);
buildTabIfNeeded();
if (jestArgs.length === 0) {
  step('Type check (server, bot, tests)', [bin('typescript', 'bin/tsc'), '--noEmit', '-p', 'tsconfig.json']);
  step('Type check (tab)', [bin('typescript', 'bin/tsc'), '--noEmit', '-p', 'tab/tsconfig.json']);
  step('Lint', [bin('eslint', 'bin/eslint.js'), '.', '--max-warnings=0']);
}
step('Tests', ['--experimental-vm-modules', bin('jest', 'bin/jest.js'), '--ci', ...jestArgs], {
  // The local fake Microsoft cloud serves HTTPS with this self-signed certificate.
  NODE_EXTRA_CA_CERTS: path.join(root, 'tests', 'fakes', 'certs', 'localhost.pem'),
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --no-warnings=ExperimentalWarning`.trim(),
});
