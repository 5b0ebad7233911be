import { pino } from 'pino';
import { loadConfig } from '../config.js';
import { openDatabase } from './open-database.js';

/** `npm run migrate`: brings the database (DATABASE_URL, or the local one) to the latest schema. */
const config = loadConfig();
const logger = pino({ level: config.logLevel });
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, logger });
await database.close();
logger.info('the database schema is up to date');
