/**
 * Makes any `fetch` to somewhere other than the local fakes fail, and remembers where it
 * tried to go. MSAL, the Graph client and jose all use the global `fetch`, so a test can
 * prove that nothing reached the real Microsoft cloud:
 *
 *   const guard = guardOutboundFetch([cloud.url]);
 *   afterAll(() => guard.restore());
 *   ...
 *   expect(guard.blocked).toEqual([]);
 */

export interface OutboundGuard {
  /** URLs that something tried to fetch outside the allowed origins. */
  readonly blocked: string[];
  restore(): void;
}

function urlOf(input: Parameters<typeof fetch>[0]): string {
  if (typeof input === 'string') return input;
  return input instanceof URL ? input.href : input.url;
}

export function guardOutboundFetch(allowedOrigins: string[]): OutboundGuard {
  const original = globalThis.fetch;
  const allowed = new Set(allowedOrigins.map((origin) => new URL(origin).origin));
  const blocked: string[] = [];
  globalThis.fetch = (input, init) => {
    const url = urlOf(input);
    if (!allowed.has(new URL(url).origin)) {
      blocked.push(url);
      return Promise.reject(new Error(`Outbound request to ${url} blocked in tests: only local fakes may be called.`));
    }
    return original(input, init);
  };
  return {
    blocked,
    restore: () => {
      globalThis.fetch = original;
    },
  };
}
