import { afterEach, describe, expect, it } from '@jest/globals';
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { cleanup, render, screen } from '@testing-library/react';
import { ApiError, NETWORK_ERROR_STATUS } from '../../tab/src/api/api-error.js';
import { ErrorState } from '../../tab/src/components/ErrorState.js';
import { HostProvider } from '../../tab/src/host/host-context.js';
import { RouterProvider } from '../../tab/src/router/history-router.js';

/** "Try again" is a promise that it might work: it is offered only when it could. */

afterEach(cleanup);

function showError(status: number): void {
  const error = new ApiError({ status, code: 'test', title: 'Test', message: 'Something went wrong.' });
  render(
    <FluentProvider theme={teamsLightTheme}>
      <HostProvider value={{ inTeams: true, theme: 'default', chooseTheme: undefined }}>
        <RouterProvider>
          <ErrorState title="We could not load the page" error={error} onRetry={() => undefined} />
        </RouterProvider>
      </HostProvider>
    </FluentProvider>,
  );
}

describe('an error shown in the tab', () => {
  it.each([NETWORK_ERROR_STATUS, 408, 429, 500, 503])('offers "Try again" after a %i, which may pass by itself', (status) => {
    showError(status);
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeNull();
  });

  it.each([400, 403, 404, 409, 422])('does not offer "Try again" after a %i, which would only fail the same way', (status) => {
    showError(status);
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });
});
