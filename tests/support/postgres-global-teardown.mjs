import fs from 'node:fs/promises';

export default async function globalTeardown() {
  const running = globalThis.hubTestPostgres;
  if (!running) return;
  await running.server.stop();
  await fs.rm(running.dataDir, { recursive: true, force: true });
}
