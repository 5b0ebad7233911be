import { z } from 'zod';
import { RoleName } from './people.js';

export const Persona = z
  .object({
    id: z.uuid(),
    displayName: z.string(),
    jobTitle: z.string().nullable(),
    service: z.string().nullable(),
    suggestion: z.string().nullable().describe('Why a demo visitor might sign in as this person'),
  })
  .meta({ id: 'Persona' });
export type Persona = z.infer<typeof Persona>;

export const PersonaGroup = z
  .object({ role: RoleName, label: z.string(), people: z.array(Persona), total: z.number().int() })
  .meta({ id: 'PersonaGroup' });
export type PersonaGroup = z.infer<typeof PersonaGroup>;

export const PersonaDirectory = z
  .object({ suggested: z.array(Persona.extend({ role: RoleName })), groups: z.array(PersonaGroup) })
  .meta({ id: 'PersonaDirectory' });
export type PersonaDirectory = z.infer<typeof PersonaDirectory>;

export const PersonaQuery = z.object({ q: z.string().trim().max(100).optional() });

export const SignInRequest = z.object({ personId: z.uuid() }).meta({ id: 'SignInRequest' });
export type SignInRequest = z.infer<typeof SignInRequest>;
