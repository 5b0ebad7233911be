import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
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
  return result.status ?? 1;
}

function stepOrExit(title, args, env) {
  const status = step(title, args, env);
  if (status !== 0) process.exit(status);
}

step('Chromium for the browser tests', [path.join(root, 'scripts', 'ensure-chromium.mjs')]);
buildTabIfNeeded();
if (jestArgs.length === 0) {
  stepOrExit('Type check (server, bot, tests)', [bin('typescript', 'bin/tsc'), '--noEmit', '-p', 'tsconfig.json']);
  stepOrExit('Type check (tab)', [bin('typescript', 'bin/tsc'), '--noEmit', '-p', 'tab/tsconfig.json']);
  stepOrExit('Lint', [bin('eslint', 'bin/eslint.js'), '.', '--max-warnings=0']);
}

const resultsFile = path.join(os.tmpdir(), `hub-jest-${process.pid}.json`);
const status = step('Tests', ['--experimental-vm-modules', bin('jest', 'bin/jest.js'), '--ci', '--json', `--outputFile=${resultsFile}`, ...jestArgs], {
  // The local fake Microsoft cloud serves HTTPS with this self-signed certificate.
  NODE_EXTRA_CA_CERTS: path.join(root, 'tests', 'fakes', 'certs', 'localhost.pem'),
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --no-warnings=ExperimentalWarning`.trim(),
});

// One plain closing line, whatever happened, so any reader of the log sees the outcome.
let results = { numPassedTests: 0, numFailedTests: 0, numPendingTests: 0, numTotalTests: 0 };
try {
  results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  rmSync(resultsFile);
} catch (error) {
  process.stdout.write(`No test results were written (${error.message}).\n`);
}
process.stdout.write(`\nTests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests} skipped\n`);
if (results.numTotalTests === 0) {
  process.stdout.write('No test ran: that is not a pass.\n');
  process.exit(1);
}
process.exit(status);
