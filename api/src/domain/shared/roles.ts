/** Roles granted by the council in the app, as opposed to roles that follow from the directory. */
export const APP_ROLES = ['hr', 'digital', 'policy', 'admin'] as const;
export type AppRole = (typeof APP_ROLES)[number];

/** Roles that follow from the directory (never self-declared) or from a programme record. */
export const DERIVED_ROLES = ['lineManager', 'headOfService', 'champion'] as const;
export type DerivedRole = (typeof DERIVED_ROLES)[number];

export type Role = 'staff' | AppRole | DerivedRole;

export const ROLE_LABELS: Record<Role, string> = {
  staff: 'Staff member',
  hr: 'HR and Organisational Development',
  digital: 'Digital team and Communications',
  policy: 'Policy team',
  admin: 'Administrator',
  lineManager: 'Line manager',
  headOfService: 'Head of service',
  champion: 'Digital Champion',
};

/** Who holds an app role, as a sentence names them: "Only HR or the digital team can …". */
export const ROLE_HOLDERS: Record<AppRole, string> = {
  hr: 'HR',
  digital: 'the digital team',
  policy: 'the policy team',
  admin: 'administrators',
};
