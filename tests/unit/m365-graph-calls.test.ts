import { describe, expect, it } from '@jest/globals';
import {
  activityNotificationCalls,
  createNewsPageCall,
  findCatalogAppCall,
  newsPageName,
  pathSegment,
} from '../../api/src/m365/graph-calls.js';
import { parseDirectoryUsers } from '../../api/src/m365/graph-directory-user.js';
import { createCapturingLogger } from '../fakes/capturing-logger.js';

const post = { siteId: 'site', title: 'Lessons from our chatbot pilot', description: 'What we learned', html: '<p>Three things.</p>' };

describe('pathSegment', () => {
  it('keeps the characters Teams channel ids and SharePoint site ids are written with', () => {
    expect(pathSegment('19:abc@thread.tacv2')).toBe('19:abc@thread.tacv2');
    expect(pathSegment('council.sharepoint.com,1234,5678')).toBe('council.sharepoint.com,1234,5678');
  });

  it('escapes characters that would change the path or start a query', () => {
    expect(pathSegment('a/b?c#d e')).toBe('a%2Fb%3Fc%23d%20e');
  });
});

describe('findCatalogAppCall', () => {
  it('filters the catalog by externalId with the id as an OData string, quotes doubled', () => {
    const call = findCatalogAppCall("o'brien");

    expect(call.method).toBe('GET');
    expect(new URLSearchParams(call.path.split('?')[1]).get('$filter')).toBe("externalId eq 'o''brien'");
  });
});

describe('activityNotificationCalls', () => {
  it('sends an empty list of template parameters when there are none', () => {
    const [call] = activityNotificationCalls(
      { recipients: ['u1'], activityType: 'auditReminder', previewText: 'Your audit', webUrl: 'https://teams.microsoft.com/l/entity/x' },
      'app',
    );

    expect(call?.body).toMatchObject({ templateParameters: [] });
  });

  it('makes no request at all when there is nobody to notify', () => {
    expect(activityNotificationCalls({ recipients: [], activityType: 'a', previewText: 'p', webUrl: 'https://x.example' }, 'app')).toEqual([]);
  });
});

describe('newsPageName', () => {
  it('is the title in lower-case words joined by hyphens, then a content hash, as an .aspx file', () => {
    expect(newsPageName(post)).toMatch(/^lessons-from-our-chatbot-pilot-[0-9a-f]{8}\.aspx$/);
  });

  it('drops accents and punctuation, and falls back to "news" when nothing is left', () => {
    expect(newsPageName({ ...post, title: 'Café & Co: what’s next?' })).toMatch(/^cafe-co-what-s-next-[0-9a-f]{8}\.aspx$/);
    expect(newsPageName({ ...post, title: '!!!' })).toMatch(/^news-[0-9a-f]{8}\.aspx$/);
  });

  it('is the same for the same post and differs for two posts with the same title', () => {
    expect(newsPageName(post)).toBe(newsPageName({ ...post }));
    expect(newsPageName(post)).not.toBe(newsPageName({ ...post, html: '<p>Four things.</p>' }));
  });

  it('is what the page is created with', () => {
    expect(createNewsPageCall(post).body).toMatchObject({ name: newsPageName(post) });
  });
});

describe('parseDirectoryUsers', () => {
  const base = { id: 'u1', displayName: 'Tom Evans', accountEnabled: true };

  it('uses the user principal name as e-mail when mail is empty, but never a guest’s #EXT# name', () => {
    const logger = createCapturingLogger();

    const [member, guest] = parseDirectoryUsers(
      [
        { ...base, mail: null, userPrincipalName: 'tom.evans@council.example' },
        { ...base, id: 'u2', mail: null, userPrincipalName: 'sam_partner.org#EXT#@council.onmicrosoft.com' },
      ],
      logger,
    );

    expect(member?.email).toBe('tom.evans@council.example');
    expect(guest?.email).toBeNull();
  });

  it('names a user by their user principal name when the display name is empty', () => {
    const [user] = parseDirectoryUsers([{ ...base, displayName: '  ', userPrincipalName: 'tom.evans@council.example' }], createCapturingLogger());

    expect(user?.displayName).toBe('tom.evans@council.example');
  });

  it('skips, with a warning that names no personal data, an entry without id, without any name, or not an object', () => {
    const logger = createCapturingLogger();

    const users = parseDirectoryUsers([{ ...base, id: '' }, { id: 'u3', accountEnabled: true }, 'nonsense', base], logger);

    expect(users.map((user) => user.entraObjectId)).toEqual(['u1']);
    expect(logger.warnings.map((warning) => warning.details.index)).toEqual([0, 1, 2]);
    expect(JSON.stringify(logger.warnings)).not.toContain('Tom Evans');
  });
});
