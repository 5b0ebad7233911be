import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Builds the tab when its output is missing or older than any of its sources. */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const output = path.join(root, 'tab', 'dist', 'index.html');
const sources = ['tab/src', 'tab/index.html', 'tab/vite.config.ts', 'api/src/contracts', 'package-lock.json'];

function newest(target) {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(target).map((name) => newest(path.join(target, name))));
}

export function buildTabIfNeeded({ force = false } = {}) {
  const builtAt = existsSync(output) ? statSync(output).mtimeMs : 0;
  const changedAt = Math.max(...sources.map((source) => path.join(root, source)).filter(existsSync).map(newest));
  if (!force && builtAt > changedAt) return false;
  process.stdout.write('Building the tab…\n');
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'tab/vite.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('The tab did not build; see the messages above.');
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildTabIfNeeded({ force: process.argv.includes('--force') });
}
