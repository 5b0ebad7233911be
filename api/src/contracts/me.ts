import { z } from 'zod';
import { PersonProfile, RoleBadge } from './people.js';

export const WaitingItem = z
  .object({
    id: z.string(),
    title: z.string(),
    detail: z.string(),
    href: z.string().describe('Where in the tab the person deals with it'),
    count: z.number().int().optional(),
  })
  .meta({ id: 'WaitingItem' });
export type WaitingItem = z.infer<typeof WaitingItem>;

export const NavigationItem = z
  .object({ id: z.string(), label: z.string(), href: z.string() })
  .meta({ id: 'NavigationItem' });
export type NavigationItem = z.infer<typeof NavigationItem>;

export const Me = z
  .object({
    person: PersonProfile,
    roles: z.array(RoleBadge),
    navigation: z.array(NavigationItem).describe('The pages this person can use, in order'),
    mode: z.enum(['local', 'production']),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof Me>;

export const Waiting = z
  .object({ items: z.array(WaitingItem).describe('What needs the person, from every capability, for Home') })
  .meta({ id: 'Waiting' });
export type Waiting = z.infer<typeof Waiting>;
