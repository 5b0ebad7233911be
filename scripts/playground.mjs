#!/usr/bin/env node
/**
 * `npm run playground`: the Microsoft 365 Agents Playground, a Teams-like chat client
 * that runs offline, talking to the bot of a server already started with `npm start`.
 * Open http://localhost:56150 to chat. The playground sends no tokens, so the server
 * must be in local mode (no BOT_APP_ID).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');
if (!existsSync(cli)) {
  console.error('The Agents Playground is not installed: run npm install first.');
  process.exit(1);
}

const port = process.env.PORT ?? '3978';
const endpoint = `http://127.0.0.1:${port}/api/messages`;
const args = [cli, 'start', '--app-endpoint', endpoint, '--channel-id', 'msteams', '--disable-telemetry', ...process.argv.slice(2)];

console.log(`Agents Playground → ${endpoint} (Teams channel). Start the hub with npm start if it is not running.`);
const child = spawn(process.execPath, args, {
  cwd: root,
  stdio: 'inherit',
  // "none" stops the playground opening a browser: this may be a headless machine.
  env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' },
});

// Ctrl+C reaches the child through the shared terminal; a plain `kill` of this script
// has to be passed on, or the playground would outlive it.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}

child.on('error', (error) => {
  console.error(`Could not start the Agents Playground: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 128 + (signal === 'SIGINT' ? 2 : 15) : 1));
});
