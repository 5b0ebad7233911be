import { register } from 'tsx/esm/api';
import { buildTabIfNeeded } from './build-tab-if-needed.mjs';

/**
 * `npm start`: local mode by default — builds the tab if its sources changed, then runs the
 * server from source with an embedded PostgreSQL and the demo council.
 */
buildTabIfNeeded();
register();
await import('../api/src/main.ts');
