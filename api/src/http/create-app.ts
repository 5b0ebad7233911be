import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import cookieParser from 'cookie-parser';
import express, { type RequestHandler } from 'express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { AppError } from '../domain/shared/app-error.js';
import { authenticate, type AuthenticateDeps } from './authenticate.js';
import { mountRoutes } from './mount-routes.js';
import type { RateLimits } from './rate-limits.js';
import { buildOpenApiDocument } from './openapi.js';
import { problemHandler } from './problem.js';
import type { AnyRoute } from './route.js';
import { sameOriginOnly } from './same-origin-only.js';
import { securityHeaders } from './security-headers.js';

export interface AppOptions {
  logger: Logger;
  publicUrl: string;
  version: string;
  trustProxy: boolean;
  routes: AnyRoute[];
  auth: AuthenticateDeps;
  rateLimits: RateLimits;
  /** The Bot Framework endpoint; it authenticates its own requests. */
  botEndpoint: RequestHandler | undefined;
  isDatabaseReady(): Promise<boolean>;
  /** The built tab (Vite output). */
  tabDir: string;
}

export function createApp(options: AppOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  if (options.trustProxy) app.set('trust proxy', 1);

  app.use(
    pinoHttp({
      logger: options.logger,
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && /^[\w-]{1,100}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
      // Never log headers: they carry tokens and session cookies.
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url.split('?')[0] }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.use(securityHeaders({ https: options.publicUrl.startsWith('https://') }));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', checks: {} });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = await options.isDatabaseReady();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ok' : 'unavailable', checks: { database: ready ? 'ok' : 'unreachable' } });
  });

  if (options.botEndpoint) app.post('/api/messages', express.json({ limit: '1mb' }), options.botEndpoint);

  const document = buildOpenApiDocument(options.routes, { version: options.version, serverUrl: options.publicUrl });
  app.get('/api/openapi.json', (_req, res) => {
    res.json(document);
  });

  // Bodies are read by each route once it knows who is asking (see mount-routes.ts).
  app.use('/api', sameOriginOnly(options.publicUrl), cookieParser(), authenticate(options.auth));
  const api = express.Router();
  mountRoutes(api, options.routes, options.rateLimits);
  app.use(api);
  app.use('/api', (req) => {
    throw new AppError('not-found', `There is no ${req.method} ${req.originalUrl.split('?')[0]} in this API.`);
  });

  serveTab(app, options.tabDir);
  app.use(problemHandler(options.logger));
  return app;
}

/** The tab is a single-page app: every other GET is answered with its index page. */
function serveTab(app: express.Express, tabDir: string): void {
  const index = path.join(tabDir, 'index.html');
  app.use('/assets', express.static(path.join(tabDir, 'assets'), { immutable: true, maxAge: '365d', index: false }));
  app.use(express.static(tabDir, { index: false, maxAge: '1h' }));
  app.get(/^\/(?!api\/).*/, (_req, res) => {
    if (!existsSync(index)) {
      res.status(503).type('text/plain').send('The tab has not been built yet: run `npm run build:tab` (npm start does this for you).');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
