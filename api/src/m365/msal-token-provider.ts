import {
  ConfidentialClientApplication,
  InteractionRequiredAuthError,
  LogLevel,
  ServerError,
  type AuthenticationResult,
} from '@azure/msal-node';
import type { EntraConfig } from '../config.js';
import { AppError } from '../domain/shared/app-error.js';

/**
 * The app's own tokens from Microsoft Entra ID: app-only tokens for Microsoft Graph
 * (client credentials) and, for the tab's single sign-on, tokens on behalf of the signed-in
 * user. MSAL keeps both in its in-memory cache and renews them before they expire, so
 * callers simply ask every time.
 */

export const GRAPH_DEFAULT_SCOPE = 'https://graph.microsoft.com/.default';

export interface GraphTokenRequirements {
  /** Some Graph APIs refuse tokens close to expiry; a cached token expiring sooner is replaced. */
  minimumValiditySeconds?: number;
}

export interface AppTokenProvider {
  getGraphToken(requirements?: GraphTokenRequirements): Promise<string>;
  /** Exchanges the tab's SSO token (issued to this app) for a token to `scopes` as the same user. */
  getOnBehalfOfToken(userAssertion: string, scopes: string[]): Promise<string>;
}

export interface AppTokenProviderOptions {
  /**
   * OpenID metadata (JSON) of the authority, so MSAL skips its discovery call. Tests use it
   * to keep the real authority while pointing the token endpoint at a local fake.
   */
  authorityMetadata?: string;
  /** Instance-discovery metadata (JSON), for the same reason. */
  cloudDiscoveryMetadata?: string;
}

/** Errors Entra answers an on-behalf-of request with when the user's token cannot be exchanged. */
const USER_ASSERTION_REJECTIONS = new Set(['invalid_grant', 'interaction_required', 'consent_required', 'login_required']);

function accessTokenOf(result: AuthenticationResult | null, what: string): string {
  if (!result?.accessToken) throw new Error(`Microsoft Entra ID returned no access token for ${what}.`);
  return result.accessToken;
}

/** Entra's error code (and sub-error) when Entra answered; otherwise what went wrong on the way. */
function entraFailure(error: unknown): string {
  if (error instanceof ServerError || error instanceof InteractionRequiredAuthError) {
    return error.subError ? `${error.errorCode} (${error.subError})` : error.errorCode;
  }
  return error instanceof Error ? error.message : String(error);
}

export function createAppTokenProvider(entra: EntraConfig, options: AppTokenProviderOptions = {}): AppTokenProvider {
  if (!entra.clientSecret) {
    throw new Error('ENTRA_CLIENT_SECRET is required to get tokens for Microsoft Graph.');
  }
  const application = new ConfidentialClientApplication({
    auth: {
      clientId: entra.clientId,
      clientSecret: entra.clientSecret,
      authority: `${entra.authorityHost}/${entra.tenantId}`,
      ...(options.authorityMetadata === undefined ? {} : { authorityMetadata: options.authorityMetadata }),
      ...(options.cloudDiscoveryMetadata === undefined ? {} : { cloudDiscoveryMetadata: options.cloudDiscoveryMetadata }),
    },
    // MSAL's own log lines may carry tokens and personal data; errors reach us as exceptions instead.
    system: { loggerOptions: { logLevel: LogLevel.Error, piiLoggingEnabled: false, loggerCallback: () => undefined } },
  });

  return {
    async getGraphToken(requirements = {}) {
      try {
        const request = { scopes: [GRAPH_DEFAULT_SCOPE] };
        let result = await application.acquireTokenByClientCredential(request);
        const required = requirements.minimumValiditySeconds;
        if (required !== undefined && (result?.expiresOn?.getTime() ?? 0) - Date.now() < required * 1000) {
          result = await application.acquireTokenByClientCredential({ ...request, skipCache: true });
        }
        return accessTokenOf(result, 'Microsoft Graph');
      } catch (error) {
        throw new Error(`Could not get an app token for Microsoft Graph from Microsoft Entra ID: ${entraFailure(error)}`, {
          cause: error,
        });
      }
    },

    async getOnBehalfOfToken(userAssertion, scopes) {
      try {
        const result = await application.acquireTokenOnBehalfOf({ oboAssertion: userAssertion, scopes });
        return accessTokenOf(result, scopes.join(' '));
      } catch (error) {
        const rejectedByEntra = error instanceof ServerError || error instanceof InteractionRequiredAuthError;
        if (rejectedByEntra && USER_ASSERTION_REJECTIONS.has(error.errorCode)) {
          // The user's sign-in cannot be exchanged (expired, revoked, consent missing): they must sign in again.
          throw new AppError('unauthenticated', `Your sign-in could not be used for Microsoft 365 (${error.errorCode}).`);
        }
        throw new Error(`Could not get a token on behalf of the user from Microsoft Entra ID: ${entraFailure(error)}`, {
          cause: error,
        });
      }
    },
  };
}
