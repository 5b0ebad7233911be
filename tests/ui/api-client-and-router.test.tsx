import { afterEach, describe, expect, it } from '@jest/globals';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ApiClient } from '../../tab/src/api/api-client.js';
import { ApiError } from '../../tab/src/api/api-error.js';
import { RouterProvider, normalisePath, useInternalLinkClick, useRouter } from '../../tab/src/router/history-router.js';
import { startPageFrom } from '../../tab/src/teams/teams-host.js';

interface Recorded {
  url: string;
  init: RequestInit | undefined;
}

/** The parts of a fetch Response the client reads; jsdom has no Response of its own. */
function answer(status: number, body: unknown, contentType = 'application/json'): Response {
  const text = body === undefined ? '' : JSON.stringify(body);
  return {
    ok: status >= 200 && status < 300,
    status,
    headers: new Headers({ 'Content-Type': contentType }),
    json: async () => JSON.parse(text),
    text: async () => text,
  } as unknown as Response;
}

function clientAnswering(response: Response | Error, options: { token?: string } = {}) {
  const calls: Recorded[] = [];
  const client = new ApiClient({
    fetch: async (url, init) => {
      calls.push({ url: String(url), init });
      if (response instanceof Error) throw response;
      return response;
    },
    getAuthToken: options.token ? async () => options.token as string : undefined,
  });
  return { client, calls };
}

const person = {
  id: '6f2b1a3c-1d2e-4f5a-8b9c-0d1e2f3a4b5c',
  displayName: 'Sam Whitfield',
  email: 'sam.whitfield@example.gov.uk',
  jobTitle: 'Customer Services Adviser',
  service: { id: '7a2b1a3c-1d2e-4f5a-8b9c-0d1e2f3a4b5c', name: 'Customer Services' },
  site: null,
  lineManager: null,
};
const me = { person, roles: [{ role: 'staff', label: 'Staff member' }], navigation: [], mode: 'local' };

describe('ApiClient', () => {
  it('returns the parsed body when the answer matches the contract', async () => {
    const { client, calls } = clientAnswering(answer(200, me));
    await expect(client.getMe()).resolves.toEqual(me);
    expect(calls[0]?.url).toBe('/api/me');
    expect(new Headers(calls[0]?.init?.headers).get('Authorization')).toBeNull();
  });

  it('sends the Teams token as a Bearer token when running inside Teams', async () => {
    const { client, calls } = clientAnswering(answer(200, me), { token: 'teams-sso-token' });
    await client.getMe();
    expect(new Headers(calls[0]?.init?.headers).get('Authorization')).toBe('Bearer teams-sso-token');
  });

  it('sends a staff list as text/csv with dryRun in the query', async () => {
    const result = { dryRun: true, rows: 1, created: 1, updated: 0, unchanged: 0, newServices: [], newSites: [], identityChanges: [] };
    const { client, calls } = clientAnswering(answer(200, result));
    await client.importStaff('email,display_name,service\r\n', { dryRun: true });
    expect(calls[0]?.url).toBe('/api/directory/imports?dryRun=true');
    expect(calls[0]?.init?.method).toBe('POST');
    expect(new Headers(calls[0]?.init?.headers).get('Content-Type')).toBe('text/csv');
    expect(calls[0]?.init?.body).toBe('email,display_name,service\r\n');
  });

  it('turns a problem+json answer into an ApiError carrying the field errors', async () => {
    const problem = {
      type: 'https://example.gov.uk/problems/validation',
      title: 'The file has problems',
      status: 422,
      detail: 'The file has 1 problem. Nothing was imported.',
      code: 'validation',
      requestId: 'req-1',
      errors: [{ field: 'rows[3].email', row: 3, column: 'email', message: 'must be an e-mail address' }],
    };
    const { client } = clientAnswering(answer(422, problem, 'application/problem+json'));
    const error = await client.importStaff('x', { dryRun: true }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 422,
      code: 'validation',
      message: problem.detail,
      requestId: 'req-1',
      fieldErrors: problem.errors,
    });
  });

  it('explains a failure the server could not describe in plain English', async () => {
    const { client } = clientAnswering(answer(502, undefined, 'text/html'));
    await expect(client.getMe()).rejects.toMatchObject({ status: 502, code: 'http_502', message: expect.stringContaining('try again') });
  });

  it('reports a network failure as status 0 with what to do next', async () => {
    const { client } = clientAnswering(new TypeError('Failed to fetch'));
    await expect(client.getMe()).rejects.toMatchObject({
      status: 0,
      code: 'network_error',
      message: expect.stringContaining('Check your network connection'),
    });
  });

  it('refuses an answer that does not match the contract rather than showing wrong data', async () => {
    const { client } = clientAnswering(answer(200, { ...me, mode: 'somewhere-else' }));
    const silenceExpectedLog = console.error;
    console.error = () => undefined;
    try {
      await expect(client.getMe()).rejects.toMatchObject({ code: 'unexpected_response' });
    } finally {
      console.error = silenceExpectedLog;
    }
  });
});

function Probe() {
  const { location, navigationCount, navigate } = useRouter();
  const followLink = useInternalLinkClick('/admin/outbox');
  return (
    <div>
      <p data-testid="where">{`${location.path} after ${navigationCount}`}</p>
      <a href="/admin/outbox" onClick={followLink}>
        Outbox
      </a>
      <button type="button" onClick={() => navigate('/directory/import/')}>
        Go to import
      </button>
    </div>
  );
}

describe('history router', () => {
  afterEach(() => {
    cleanup();
    window.history.replaceState(null, '', '/');
  });

  it('treats a trailing slash as the same page', () => {
    expect(normalisePath('/admin/outbox/')).toBe('/admin/outbox');
    expect(normalisePath('/')).toBe('/');
    expect(normalisePath('')).toBe('/');
  });

  it('follows a plain click on a link without reloading, and counts the navigation', () => {
    render(
      <RouterProvider>
        <Probe />
      </RouterProvider>,
    );
    expect(screen.getByTestId('where').textContent).toBe('/ after 0');
    fireEvent.click(screen.getByRole('link', { name: 'Outbox' }));
    expect(window.location.pathname).toBe('/admin/outbox');
    expect(screen.getByTestId('where').textContent).toBe('/admin/outbox after 1');
  });

  it('leaves Ctrl-click to the browser, so the page can open in a new tab', () => {
    render(
      <RouterProvider>
        <Probe />
      </RouterProvider>,
    );
    const link = screen.getByRole('link', { name: 'Outbox' });
    const event = new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true });
    // jsdom cannot open tabs; stopping the default here only shows the router did not claim the click.
    link.addEventListener('click', (clicked) => clicked.preventDefault(), { once: true });
    link.dispatchEvent(event);
    expect(screen.getByTestId('where').textContent).toBe('/ after 0');
  });

  it('follows the browser Back button', () => {
    render(
      <RouterProvider>
        <Probe />
      </RouterProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Go to import' }));
    expect(screen.getByTestId('where').textContent).toBe('/directory/import after 1');
    act(() => {
      window.history.replaceState(null, '', '/');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(screen.getByTestId('where').textContent).toBe('/ after 2');
  });
});

describe('startPageFrom', () => {
  it('opens the page a Teams deep link names', () => {
    expect(startPageFrom('/my-skills/report?id=42')).toBe('/my-skills/report?id=42');
  });
  it('ignores links that would leave the tab', () => {
    expect(startPageFrom('//evil.example/')).toBeNull();
    expect(startPageFrom('https://evil.example/')).toBeNull();
    expect(startPageFrom('/\\evil.example')).toBeNull();
    expect(startPageFrom(undefined)).toBeNull();
  });
});
