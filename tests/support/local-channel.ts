import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for the Bot Framework channel (the Teams connector service) on 127.0.0.1.
 * Point an activity's serviceUrl at `serviceUrl` and whatever the bot sends back lands in
 * `activities`, exactly as the connector REST API would receive it. Any other request is
 * kept in `unexpected` and answered 404, so a test can insist the bot called nothing else.
 */
export interface ChannelRequest {
  method: 'POST' | 'PUT';
  conversationId: string;
  /** The activity being replied to (POST …/activities/:id) or updated (PUT …/activities/:id). */
  activityId: string | undefined;
  /** The id the channel gave the activity in its answer. */
  assignedId: string;
  authorization: string | undefined;
  activity: RecordedActivity;
  /** When it arrived (Date.now()). */
  receivedAt: number;
}

/** An activity the channel turned away with 429, as Teams does when a bot sends too fast. */
export interface ThrottledRequest {
  conversationId: string;
  /** When the 429 was answered (Date.now()). */
  answeredAt: number;
  retryAfterMs: number;
}

export interface RecordedActivity {
  type?: string;
  text?: string;
  speak?: string;
  summary?: string;
  replyToId?: string;
  attachments?: Array<{ contentType: string; content: Record<string, unknown> }>;
  [property: string]: unknown;
}

export interface UnexpectedRequest {
  method: string;
  url: string;
  body: string;
}

export interface LocalChannel {
  serviceUrl: string;
  requests: ChannelRequest[];
  readonly activities: RecordedActivity[];
  unexpected: UnexpectedRequest[];
  /** The activities sent to one conversation, in order. */
  activitiesIn(conversationId: string): RecordedActivity[];
  /** Answers the next activity with this HTTP status instead of accepting it (a channel outage). */
  failNext(status: number): void;
  /** Answers the next `count` activities 429 with `Retry-After: retryAfterSeconds`. */
  throttleNext(count: number, retryAfterSeconds: number): void;
  /** Every activity answered 429 so far. */
  throttled: ThrottledRequest[];
  /** Waits `ms` before answering each activity (a slow channel); 0 answers at once. */
  slowDown(ms: number): void;
  /** Resolves once at least `count` activities have arrived (for proactive sends the test does not await). */
  waitForActivities(count: number, timeoutMs?: number): Promise<RecordedActivity[]>;
  clear(): void;
  close(): Promise<void>;
}

const ACTIVITIES = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function answer(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

export async function startLocalChannel(): Promise<LocalChannel> {
  const requests: ChannelRequest[] = [];
  const unexpected: UnexpectedRequest[] = [];
  const waiters: Array<() => void> = [];
  let nextId = 1;
  let failure: number | undefined;
  const throttled: ThrottledRequest[] = [];
  let throttle = { count: 0, retryAfterSeconds: 0 };
  let answerDelayMs = 0;

  const server = http.createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      const match = ACTIVITIES.exec(path);
      const method = req.method;
      if (!match || (method !== 'POST' && method !== 'PUT') || (method === 'PUT' && !match[2])) {
        unexpected.push({ method: method ?? '', url: req.url ?? '', body });
        answer(res, 404, { error: { code: 'NotFound', message: `The local channel does not serve ${method} ${path}` } });
        return;
      }
      const receivedAt = Date.now();
      if (failure !== undefined) {
        const status = failure;
        failure = undefined;
        answer(res, status, { error: { code: 'ServiceError', message: 'The local channel was told to fail' } });
        return;
      }
      if (throttle.count > 0) {
        throttle.count -= 1;
        const { retryAfterSeconds } = throttle;
        throttled.push({ conversationId: decodeURIComponent(match[1] ?? ''), answeredAt: Date.now(), retryAfterMs: retryAfterSeconds * 1000 });
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(retryAfterSeconds) });
        res.end(JSON.stringify({ error: { code: 'Throttled', message: 'The local channel was told to throttle' } }));
        return;
      }
      if (answerDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, answerDelayMs));
      const activityId = match[2] === undefined ? undefined : decodeURIComponent(match[2]);
      const assignedId = method === 'PUT' && activityId ? activityId : `local-activity-${nextId++}`;
      requests.push({
        method,
        conversationId: decodeURIComponent(match[1] ?? ''),
        activityId,
        assignedId,
        authorization: req.headers.authorization,
        activity: JSON.parse(body) as RecordedActivity,
        receivedAt,
      });
      answer(res, method === 'POST' ? 201 : 200, { id: assignedId });
      waiters.splice(0).forEach((wake) => wake());
    })().catch((error: unknown) => {
      unexpected.push({ method: req.method ?? '', url: req.url ?? '', body: String(error) });
      answer(res, 500, { error: { code: 'LocalChannelError', message: String(error) } });
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const channel: LocalChannel = {
    serviceUrl: `http://127.0.0.1:${port}/`,
    requests,
    get activities() {
      return requests.map((request) => request.activity);
    },
    unexpected,
    activitiesIn(conversationId) {
      return requests.filter((request) => request.conversationId === conversationId).map((request) => request.activity);
    },
    failNext(status) {
      failure = status;
    },
    throttleNext(count, retryAfterSeconds) {
      throttle = { count, retryAfterSeconds };
    },
    throttled,
    slowDown(ms) {
      answerDelayMs = ms;
    },
    async waitForActivities(count, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (requests.length < count) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`expected ${count} activities at the local channel, got ${requests.length}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      return channel.activities;
    },
    clear() {
      requests.length = 0;
      unexpected.length = 0;
      throttled.length = 0;
      failure = undefined;
      throttle = { count: 0, retryAfterSeconds: 0 };
      answerDelayMs = 0;
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      });
    },
  };
  return channel;
}
