/**
 * jsdom has no fetch. @microsoft/teams-js calls it as soon as it is imported, so UI tests get
 * a stand-in that answers every request with 404 instead of crashing on a missing global.
 * Tests of code that really talks to the API pass their own fake to the ApiClient.
 */
const notFound = {
  ok: false,
  status: 404,
  statusText: 'Not Found',
  headers: new Headers(),
  json: async () => ({}),
  text: async () => '',
};

globalThis.fetch = async () => notFound as unknown as Response;

// jsdom does not lay pages out, so it has no scrolling; the router scrolls to the top on navigation.
(globalThis as { scrollTo?: () => void }).scrollTo = () => undefined;
