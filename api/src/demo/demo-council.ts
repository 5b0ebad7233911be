import { createHash } from 'node:crypto';
import type { PersonaSuggestion } from '../domain/directory/dev-sign-in.js';
import type { StaffRow } from '../domain/directory/staff-csv.js';
import type { AppRole } from '../domain/shared/roles.js';

/**
 * Northmere Borough Council: a fictional district council of about 400 staff, generated
 * the same way every time so demos, tests and screenshots agree.
 */

export const DEMO_DOMAIN = 'northmere-council.example';

export const DEMO_SITES = ['Civic Centre', 'Northmere Depot', 'Central Library', 'Eastfield Library', 'Westbrook Community Hub'];

interface ServiceShape {
  name: string;
  head: string;
  directorate: 'corporate' | 'communities' | 'place';
  size: number;
  teams: { manager: string; roles: string[] }[];
  sites: [string, number][];
}

const SERVICES: ServiceShape[] = [
  { name: 'Revenues & Benefits', head: 'Head of Revenues & Benefits', directorate: 'corporate', size: 50, sites: [['Civic Centre', 1]],
    teams: [{ manager: 'Benefits Team Manager', roles: ['Benefits Assessor', 'Senior Benefits Assessor', 'Benefits Assistant'] }, { manager: 'Council Tax Team Manager', roles: ['Council Tax Officer', 'Recovery Officer', 'Business Rates Officer'] }] },
  { name: 'Housing', head: 'Head of Housing', directorate: 'communities', size: 45, sites: [['Civic Centre', 0.7], ['Westbrook Community Hub', 0.3]],
    teams: [{ manager: 'Housing Options Manager', roles: ['Housing Options Officer', 'Homelessness Prevention Officer'] }, { manager: 'Tenancy Services Manager', roles: ['Tenancy Officer', 'Housing Support Worker', 'Lettings Officer'] }] },
  { name: 'Planning & Building Control', head: 'Head of Planning', directorate: 'place', size: 30, sites: [['Civic Centre', 1]],
    teams: [{ manager: 'Development Management Manager', roles: ['Planning Officer', 'Senior Planning Officer', 'Planning Technician'] }, { manager: 'Building Control Manager', roles: ['Building Control Surveyor', 'Planning Enforcement Officer'] }] },
  { name: 'Customer Services', head: 'Head of Customer Services', directorate: 'corporate', size: 50, sites: [['Civic Centre', 0.6], ['Westbrook Community Hub', 0.4]],
    teams: [{ manager: 'Customer Services Team Manager', roles: ['Customer Services Adviser', 'Senior Customer Services Adviser'] }, { manager: 'Contact Centre Manager', roles: ['Contact Centre Adviser', 'Customer Services Adviser'] }] },
  { name: 'Environmental Services', head: 'Head of Environmental Services', directorate: 'place', size: 70, sites: [['Northmere Depot', 0.85], ['Civic Centre', 0.15]],
    teams: [{ manager: 'Waste & Recycling Manager', roles: ['Refuse Collection Operative', 'HGV Driver', 'Recycling Officer'] }, { manager: 'Street Scene Manager', roles: ['Grounds Maintenance Operative', 'Street Cleansing Operative', 'Parks Officer'] }, { manager: 'Environmental Health Manager', roles: ['Environmental Health Officer', 'Licensing Officer'] }] },
  { name: 'Legal & Democratic Services', head: 'Head of Legal & Democratic Services', directorate: 'corporate', size: 18, sites: [['Civic Centre', 1]],
    teams: [{ manager: 'Legal Services Manager', roles: ['Solicitor', 'Paralegal'] }, { manager: 'Democratic Services Manager', roles: ['Democratic Services Officer', 'Electoral Services Officer'] }] },
  { name: 'HR & Organisational Development', head: 'Head of HR & OD', directorate: 'corporate', size: 18, sites: [['Civic Centre', 1]],
    teams: [{ manager: 'HR Operations Manager', roles: ['HR Adviser', 'HR Assistant', 'Payroll Officer'] }, { manager: 'Learning & OD Manager', roles: ['Learning & Development Adviser', 'Organisational Development Adviser'] }] },
  { name: 'Finance', head: 'Head of Finance', directorate: 'corporate', size: 25, sites: [['Civic Centre', 1]],
    teams: [{ manager: 'Financial Services Manager', roles: ['Accountant', 'Finance Officer', 'Accounts Payable Officer'] }, { manager: 'Procurement Manager', roles: ['Procurement Officer', 'Contracts Officer'] }] },
  { name: 'IT & Digital', head: 'Head of IT & Digital', directorate: 'corporate', size: 25, sites: [['Civic Centre', 1]],
    teams: [{ manager: 'IT Service Desk Manager', roles: ['IT Support Analyst', 'Systems Administrator'] }, { manager: 'Digital Services Manager', roles: ['Business Analyst', 'Web Developer', 'Digital Programme Officer'] }] },
  { name: 'Communications', head: 'Head of Communications', directorate: 'corporate', size: 10, sites: [['Civic Centre', 1]],
    teams: [{ manager: 'Communications Manager', roles: ['Communications Officer', 'Digital Content Officer', 'Graphic Designer'] }] },
  { name: 'Cultural Services', head: 'Head of Cultural Services', directorate: 'communities', size: 40, sites: [['Central Library', 0.55], ['Eastfield Library', 0.45]],
    teams: [{ manager: 'Libraries Manager', roles: ['Library Assistant', 'Senior Library Assistant', 'Digital Inclusion Officer'] }, { manager: 'Arts & Heritage Manager', roles: ['Museum Officer', 'Arts Development Officer'] }] },
  { name: 'Economic Development', head: 'Head of Economic Development', directorate: 'place', size: 12, sites: [['Civic Centre', 1]],
    teams: [{ manager: 'Business Support Manager', roles: ['Business Support Officer', 'Regeneration Officer', 'Employment Skills Officer'] }] },
  { name: 'Policy & Performance', head: 'Head of Policy & Performance', directorate: 'corporate', size: 8, sites: [['Civic Centre', 1]],
    teams: [{ manager: 'Performance Manager', roles: ['Policy Officer', 'Performance Analyst', 'Equalities Officer'] }] },
];

const FIRST_NAMES = [
  'Aisha', 'Alan', 'Amelia', 'Amir', 'Andrew', 'Angela', 'Anita', 'Ben', 'Bethan', 'Carl', 'Catherine', 'Chloe', 'Claire',
  'Colin', 'Craig', 'Daniel', 'Darren', 'David', 'Deborah', 'Declan', 'Elaine', 'Eleanor', 'Emma', 'Farah', 'Gemma',
  'Grace', 'Hannah', 'Harjit', 'Ian', 'Imran', 'Jack', 'James', 'Janet', 'Jasmine', 'Joanne', 'John', 'Joseph', 'Karen',
  'Kate', 'Kelly', 'Kwame', 'Laura', 'Leanne', 'Liam', 'Lisa', 'Louise', 'Mark', 'Martin', 'Megan', 'Michael', 'Mohammed',
  'Nadia', 'Natalie', 'Neil', 'Nicola', 'Oliver', 'Olu', 'Paul', 'Paula', 'Peter', 'Rachel', 'Rebecca', 'Rhys', 'Richard',
  'Rob', 'Ruth', 'Ryan', 'Sandra', 'Sarah', 'Sean', 'Shabana', 'Sharon', 'Simon', 'Sophie', 'Stephen', 'Stuart', 'Susan',
  'Tariq', 'Tracey', 'Usha', 'Vikram', 'Wendy', 'Yusuf', 'Zoe',
];

const LAST_NAMES = [
  'Ahmed', 'Allen', 'Anderson', 'Bailey', 'Baker', 'Begum', 'Bell', 'Bennett', 'Brown', 'Clarke', 'Collins', 'Cooper',
  'Davies', 'Edwards', 'Evans', 'Fisher', 'Fletcher', 'Green', 'Griffiths', 'Hall', 'Harris', 'Hughes', 'Hussain', 'Jackson',
  'James', 'Johnson', 'Kaur', 'Kelly', 'Khan', 'King', 'Lewis', 'Lloyd', 'Marshall', 'Martin', 'Mason', 'Mensah', 'Mitchell',
  'Moore', 'Murphy', 'Nowak', 'O’Brien', 'Okoro', 'Owen', 'Palmer', 'Parker', 'Patel', 'Phillips', 'Price', 'Roberts',
  'Robinson', 'Rose', 'Shaw', 'Singh', 'Smith', 'Stewart', 'Taylor', 'Thomas', 'Thompson', 'Turner', 'Walker', 'Ward',
  'Watson', 'White', 'Williams', 'Wilson', 'Wood', 'Wright', 'Young',
];

/** The people a demo visitor most needs, by name, so the README can introduce them. */
const PERSONAS = {
  staff: { name: 'Sam Whitfield', service: 'Customer Services', title: 'Customer Services Adviser', site: 'Civic Centre' },
  champion: { name: 'Priya Chauhan', service: 'Revenues & Benefits', title: 'Senior Benefits Assessor', site: 'Civic Centre' },
  lineManager: { name: 'Gareth Morgan', service: 'Customer Services', title: 'Customer Services Team Manager', site: 'Civic Centre' },
  headOfService: { name: 'Helen Adeyemi', service: 'Housing', title: 'Head of Housing', site: 'Civic Centre' },
  hr: { name: 'Fiona Campbell', service: 'HR & Organisational Development', title: 'Organisational Development Adviser', site: 'Civic Centre' },
  digital: { name: 'Tom Nguyen', service: 'IT & Digital', title: 'Digital Programme Officer', site: 'Civic Centre' },
  communications: { name: 'Lucy Brennan', service: 'Communications', title: 'Digital Content Officer', site: 'Civic Centre' },
  policy: { name: 'Marcus Reid', service: 'Policy & Performance', title: 'Policy Officer', site: 'Civic Centre' },
  admin: { name: 'Alex Kowalski', service: 'IT & Digital', title: 'Systems Administrator', site: 'Civic Centre' },
  depot: { name: 'Dave Hollis', service: 'Environmental Services', title: 'Refuse Collection Operative', site: 'Northmere Depot' },
} as const;

export interface DemoCouncil {
  rows: StaffRow[];
  heads: { service: string; email: string }[];
  roles: { email: string; role: AppRole }[];
  personas: PersonaSuggestion[];
}

/** A small, seedable generator (mulberry32): the same seed always gives the same council. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Stable Entra object ids, so tokens signed in tests can name demo people. */
export function demoEntraObjectId(email: string): string {
  const hex = createHash('sha256').update(`entra:${email}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function demoEmail(displayName: string): string {
  return `${displayName.toLowerCase().replace(/[’']/g, '').replace(/[^a-z]+/g, '.')}@${DEMO_DOMAIN}`;
}

export function generateDemoCouncil(seed = 20_260_401): DemoCouncil {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const usedEmails = new Set<string>();
  const rows: StaffRow[] = [];
  const reserved = new Set<string>(Object.values(PERSONAS).map((persona) => persona.name));

  const person = (displayName: string, jobTitle: string, service: string, site: string, manager: string | null): string => {
    let email = demoEmail(displayName);
    for (let n = 2; usedEmails.has(email); n += 1) email = demoEmail(`${displayName} ${n}`).replace(/\.(\d+)@/, '$1@');
    usedEmails.add(email);
    rows.push({ line: rows.length + 2, email, displayName, jobTitle, service, site, lineManagerEmail: manager, entraObjectId: demoEntraObjectId(email), status: 'active' });
    return email;
  };
  const freshName = (): string => {
    for (;;) {
      const name = `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;
      if (!reserved.has(name)) return name;
    }
  };
  const siteFor = (shape: ServiceShape): string => {
    let roll = next();
    for (const [site, share] of shape.sites) if ((roll -= share) <= 0) return site;
    return shape.sites[0]![0];
  };

  const leadership = 'Policy & Performance';
  const chief = person('Rosalind Achebe', 'Chief Executive', leadership, 'Civic Centre', null);
  const directors = {
    corporate: person('Martin Hale', 'Director of Corporate Resources', leadership, 'Civic Centre', chief),
    communities: person('Sunita Varma', 'Director of Communities', leadership, 'Civic Centre', chief),
    place: person('Owen Pritchard', 'Director of Place', leadership, 'Civic Centre', chief),
  };
  const heads: DemoCouncil['heads'] = [];
  const personaEmails = new Map<keyof typeof PERSONAS, string>();

  for (const shape of SERVICES) {
    const headPersona = Object.entries(PERSONAS).find(([, p]) => p.title === shape.head);
    const headEmail = person(headPersona ? headPersona[1].name : freshName(), shape.head, shape.name, 'Civic Centre', directors[shape.directorate]);
    if (headPersona) personaEmails.set(headPersona[0] as keyof typeof PERSONAS, headEmail);
    heads.push({ service: shape.name, email: headEmail });

    const managers = shape.teams.map((team) => {
      const managerPersona = Object.entries(PERSONAS).find(([, p]) => p.title === team.manager);
      const email = person(managerPersona ? managerPersona[1].name : freshName(), team.manager, shape.name, siteFor(shape), headEmail);
      if (managerPersona) personaEmails.set(managerPersona[0] as keyof typeof PERSONAS, email);
      return { email, team };
    });
    const staffCount = shape.size - 1 - managers.length;
    for (let index = 0; index < staffCount; index += 1) {
      const { email: managerEmail, team } = managers[index % managers.length]!;
      const staffPersona = Object.entries(PERSONAS).find(
        ([key, p]) => p.service === shape.name && team.roles.includes(p.title) && !personaEmails.has(key as keyof typeof PERSONAS),
      );
      if (staffPersona) {
        const [key, p] = staffPersona;
        personaEmails.set(key as keyof typeof PERSONAS, person(p.name, p.title, shape.name, p.site, managerEmail));
      } else {
        person(freshName(), pick(team.roles), shape.name, siteFor(shape), managerEmail);
      }
    }
  }

  // A few leavers: the directory keeps them (for retention and anonymisation) but they cannot sign in.
  const managers = new Set(rows.map((row) => row.lineManagerEmail));
  const leavers = rows.filter((row) => !managers.has(row.email) && !reserved.has(row.displayName)).filter((_, index) => index % 90 === 45);
  for (const row of leavers) row.status = 'leaver';

  const emailOf = (key: keyof typeof PERSONAS): string => {
    const email = personaEmails.get(key);
    if (!email) throw new Error(`Demo persona ${key} was not placed`);
    return email;
  };
  const roles: DemoCouncil['roles'] = [
    { email: emailOf('hr'), role: 'hr' },
    { email: emailOf('digital'), role: 'digital' },
    { email: emailOf('communications'), role: 'digital' },
    { email: emailOf('policy'), role: 'policy' },
    { email: emailOf('admin'), role: 'admin' },
  ];
  const headOfHr = heads.find((head) => head.service === 'HR & Organisational Development')!.email;
  const headOfIt = heads.find((head) => head.service === 'IT & Digital')!.email;
  roles.push({ email: headOfHr, role: 'hr' }, { email: headOfIt, role: 'digital' }, { email: headOfIt, role: 'admin' });

  const personas: PersonaSuggestion[] = [
    { email: emailOf('staff'), role: 'staff', suggestion: 'A customer services adviser: see the app as most staff will.' },
    { email: emailOf('depot'), role: 'staff', suggestion: 'Works from the depot, mostly on a phone: a less confident digital user.' },
    { email: emailOf('champion'), role: 'staff', suggestion: 'Confident with digital tools: a likely Digital Champion.' },
    { email: emailOf('lineManager'), role: 'lineManager', suggestion: 'Manages a customer services team, including Sam.' },
    { email: emailOf('headOfService'), role: 'headOfService', suggestion: 'Keeps the Housing service plan.' },
    { email: emailOf('hr'), role: 'hr', suggestion: 'Runs the skills audit and training-needs reports.' },
    { email: emailOf('digital'), role: 'digital', suggestion: 'Keeps the digital projects register and the champions network.' },
    { email: emailOf('policy'), role: 'policy', suggestion: 'Checks every service plan has a digital objective.' },
    { email: emailOf('admin'), role: 'admin', suggestion: 'Looks after settings, the Microsoft 365 connection and the audit log.' },
  ];
  return { rows, heads, roles, personas };
}

export const DEMO_PERSONA_NAMES = Object.fromEntries(Object.entries(PERSONAS).map(([key, value]) => [key, value.name])) as Record<keyof typeof PERSONAS, string>;
