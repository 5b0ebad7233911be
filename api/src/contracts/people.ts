import { z } from 'zod';
import { PageQuery, Reference, pageOf } from './common.js';

export const RoleName = z.enum(['staff', 'hr', 'digital', 'policy', 'admin', 'lineManager', 'headOfService', 'champion']);
export type RoleName = z.infer<typeof RoleName>;

export const RoleBadge = z.object({ role: RoleName, label: z.string() }).meta({ id: 'RoleBadge' });
export type RoleBadge = z.infer<typeof RoleBadge>;

/** What anyone in the council may see of a colleague: the same as the Teams directory shows. */
export const PersonProfile = z
  .object({
    id: z.uuid(),
    displayName: z.string(),
    email: z.string(),
    jobTitle: z.string().nullable(),
    service: Reference.nullable(),
    site: Reference.nullable(),
    lineManager: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  })
  .meta({ id: 'PersonProfile' });
export type PersonProfile = z.infer<typeof PersonProfile>;

/** The fuller record HR, administrators and the person's management chain see (audit-logged). */
export const PersonRecord = PersonProfile.extend({
  entraObjectId: z.uuid().nullable(),
  status: z.enum(['active', 'leaver']),
  leftOn: z.iso.date().nullable(),
  roles: z.array(RoleBadge),
  directReports: z.number().int(),
}).meta({ id: 'PersonRecord' });
export type PersonRecord = z.infer<typeof PersonRecord>;

export const PeopleSearchQuery = PageQuery.extend({
  q: z.string().trim().max(100).optional().describe('Part of a name, e-mail address or job title'),
  serviceId: z.uuid().optional(),
});
export type PeopleSearchQuery = z.infer<typeof PeopleSearchQuery>;

export const PeoplePage = pageOf(PersonProfile).meta({ id: 'PeoplePage' });
export type PeoplePage = z.infer<typeof PeoplePage>;

export const PersonIdParams = z.object({ id: z.uuid() });
