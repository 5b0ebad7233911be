#!/usr/bin/env node
/**
 * Makes sure the browser the e2e tests drive is present. The tests use Debian's chromium
 * rather than a Playwright download so that no test run fetches a browser from the internet.
 */
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const CHROMIUM = '/usr/bin/chromium';

function version() {
  try {
    return execSync(`${CHROMIUM} --version`, { encoding: 'utf8' }).trim();
  } catch (error) {
    // A binary that cannot report its version is broken enough to reinstall.
    return `unknown (${error instanceof Error ? error.message : String(error)})`;
  }
}

if (existsSync(CHROMIUM)) {
  console.log(`ensure-chromium: ${CHROMIUM} is already installed: ${version()}. Nothing to do.`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(
    `ensure-chromium: ${CHROMIUM} is missing and this script is not running as root, so it cannot install it.\n` +
      'Install Debian\'s chromium package, for example:  sudo apt-get update && sudo apt-get install -y chromium',
  );
  process.exit(1);
}

console.log(`ensure-chromium: ${CHROMIUM} is missing; installing Debian's chromium package with apt-get…`);
try {
  execSync('apt-get update && apt-get install -y chromium', {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
} catch (error) {
  console.error(`ensure-chromium: apt-get failed (${error instanceof Error ? error.message : String(error)}).`);
  process.exit(1);
}

if (!existsSync(CHROMIUM)) {
  console.error(`ensure-chromium: apt-get finished but ${CHROMIUM} still does not exist.`);
  process.exit(1);
}
console.log(`ensure-chromium: installed ${version()} at ${CHROMIUM}.`);
