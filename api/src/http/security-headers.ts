import helmet from 'helmet';

/** The hosts that may frame the tab: Teams, Outlook and the Microsoft 365 app, on the web and desktop. */
export const TEAMS_FRAME_ANCESTORS = [
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://teams.cloud.microsoft',
  'https://*.cloud.microsoft',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://*.microsoft365.com',
  'https://*.officeapps.live.com',
  'https://*.skype.com',
  'https://local.teams.office.com',
];

export function securityHeaders(options: { https: boolean }) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Fluent UI (Griffel) inserts its style rules at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        // teams-js reads the list of Microsoft 365 hosts it may talk to from Microsoft's CDN.
        connectSrc: ["'self'", 'https://res.cdn.office.net'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'self'", ...TEAMS_FRAME_ANCESTORS],
        ...(options.https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // X-Frame-Options cannot list several hosts; frame-ancestors above governs framing instead.
    frameguard: false,
    strictTransportSecurity: options.https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
}
