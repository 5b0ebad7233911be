import { pino } from 'pino';
import { ConfigError, loadConfig } from './config.js';
import { DataDirInUseError } from './db/data-dir-lock.js';
import { startHub } from './server.js';

/** Starts the server from the environment and stops it cleanly on SIGINT/SIGTERM. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }

  const logger = pino({ level: config.logLevel });
  const started = Date.now();
  let hub;
  try {
    hub = await startHub(config, logger);
  } catch (error) {
    if (error instanceof DataDirInUseError) {
      logger.fatal(error.message);
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  logger.info({ url: hub.url, port: hub.port, mode: config.mode, ms: Date.now() - started }, 'Digital Culture Hub is ready');
  if (config.mode === 'local') {
    process.stdout.write(`\nDigital Culture Hub is running at ${hub.url} (local mode, demo council). Press Ctrl+C to stop.\n\n`);
  }

  const stop = (signal: string) => {
    logger.info({ signal }, 'stopping');
    hub
      .close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

await main();
