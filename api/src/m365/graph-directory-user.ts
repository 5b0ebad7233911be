import { z } from 'zod';
import type { DirectoryUser } from '../domain/shared/microsoft365.js';
import type { M365Logger } from './m365-logger.js';

/**
 * The parts of a Graph `user` the directory relies on, and how they become a DirectoryUser.
 * One malformed entry is skipped with a warning rather than failing the whole directory sync.
 */

const optionalText = z.string().nullish().transform((value) => (value?.trim() ? value.trim() : null));

const graphUserSchema = z.object({
  id: z.string().min(1),
  displayName: optionalText,
  mail: optionalText,
  userPrincipalName: optionalText,
  jobTitle: optionalText,
  department: optionalText,
  officeLocation: optionalText,
  accountEnabled: z.boolean(),
  manager: z.object({ id: z.string().min(1) }).nullish(),
});

export const directoryPageSchema = z.object({
  value: z.array(z.unknown()),
  '@odata.nextLink': z.url().optional(),
});

type GraphUser = z.infer<typeof graphUserSchema>;

/** Guests' UPNs (`name_domain#EXT#@tenant`) are not addresses anyone can write to. */
function emailOf(user: GraphUser): string | null {
  if (user.mail) return user.mail;
  const upn = user.userPrincipalName;
  return upn && upn.includes('@') && !upn.includes('#EXT#') ? upn : null;
}

export function toDirectoryUser(user: GraphUser): DirectoryUser | null {
  const displayName = user.displayName ?? user.userPrincipalName;
  if (!displayName) return null;
  return {
    entraObjectId: user.id,
    displayName,
    email: emailOf(user),
    jobTitle: user.jobTitle,
    department: user.department,
    officeLocation: user.officeLocation,
    managerEntraObjectId: user.manager?.id ?? null,
    accountEnabled: user.accountEnabled,
  };
}

export function parseDirectoryUsers(entries: unknown[], logger: M365Logger): DirectoryUser[] {
  const users: DirectoryUser[] = [];
  entries.forEach((entry, index) => {
    const parsed = graphUserSchema.safeParse(entry);
    const user = parsed.success ? toDirectoryUser(parsed.data) : null;
    if (user) {
      users.push(user);
      return;
    }
    const id = typeof entry === 'object' && entry !== null && 'id' in entry ? String(entry.id) : null;
    logger.warn(
      {
        index,
        id,
        problems: parsed.success
          ? ['displayName and userPrincipalName are both empty']
          : parsed.error.issues.map((issue) => `${issue.path.join('.') || '(entry)'}: ${issue.message}`),
      },
      'Skipped a Microsoft Graph directory entry that does not look like a user',
    );
  });
  return users;
}
