import { STAFF_CSV_COLUMNS } from '../../api/src/contracts/directory-import.js';
import { DEMO_SITES, demoEntraObjectId, generateDemoCouncil } from '../../api/src/demo/demo-council.js';

/**
 * A large staff list shaped like a real one: teams of ten under a manager, managers under
 * the demo council's heads of service, mostly existing services and sites with a few new
 * ones, some blank sites, a few leavers. Everyone in it is new to the demo directory, and
 * the same options always give the same file.
 */

export interface StaffCsvFixture {
  csv: string;
  people: number;
  leavers: number;
  managers: number;
  newServices: string[];
  newSites: string[];
}

const TEAM_SIZE = 10;
const FIRST_NAMES = ['Ada', 'Bilal', 'Ceri', 'Dev', 'Efua', 'Finn', 'Gita', 'Hugo', 'Iris', 'Jon', 'Kemi', 'Lars'];
const LAST_NAMES = ['Ashworth', 'Bhatt', 'Connolly', 'Dlamini', 'Evans', 'Fairley', 'Gordon', 'Haddad', 'Ingram'];
const JOB_TITLES = ['Officer', 'Senior Officer', 'Assistant', 'Adviser', 'Technician', 'Co-ordinator'];

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function generateStaffCsv(options: { people: number; domain: string; label: string }): StaffCsvFixture {
  const council = generateDemoCouncil();
  const heads = council.heads;
  const services = heads.map((head) => head.service);
  const freshServices = Array.from({ length: 4 }, (_, index) => `${options.label} Service ${index + 1}`);
  const freshSites = Array.from({ length: 3 }, (_, index) => `${options.label} Office ${index + 1}`);

  const emailOf = (index: number): string => `person.${index}@${options.domain}`;
  const usedServices = new Set<string>();
  const usedSites = new Set<string>();
  let leavers = 0;
  let managers = 0;
  const lines = [STAFF_CSV_COLUMNS.join(',')];

  for (let index = 0; index < options.people; index += 1) {
    const email = emailOf(index);
    const isManager = index % TEAM_SIZE === 0;
    const team = Math.floor(index / TEAM_SIZE);
    const freshService = team % 4 === 3;
    const service = freshService ? freshServices[Math.floor(team / 4) % freshServices.length]! : services[team % services.length]!;
    const site = index % 7 === 0 ? '' : index % 5 === 0 ? freshSites[index % freshSites.length]! : DEMO_SITES[index % DEMO_SITES.length]!;
    const manager = isManager ? heads[team % heads.length]!.email : emailOf(index - (index % TEAM_SIZE));
    const leaver = !isManager && index % 97 === 50;
    if (freshService) usedServices.add(service);
    if (freshSites.includes(site)) usedSites.add(site);
    if (leaver) leavers += 1;
    if (isManager) managers += 1;

    const fields: Record<(typeof STAFF_CSV_COLUMNS)[number], string> = {
      email,
      display_name: `${FIRST_NAMES[index % FIRST_NAMES.length]} ${LAST_NAMES[index % LAST_NAMES.length]} ${index}`,
      job_title: isManager ? 'Team Manager' : JOB_TITLES[index % JOB_TITLES.length]!,
      service,
      site,
      line_manager_email: manager,
      entra_object_id: demoEntraObjectId(email),
      status: leaver ? 'leaver' : 'active',
    };
    lines.push(STAFF_CSV_COLUMNS.map((column) => csvField(fields[column])).join(','));
  }
  return {
    csv: `${lines.join('\n')}\n`,
    people: options.people,
    leavers,
    managers,
    newServices: [...usedServices],
    newSites: [...usedSites],
  };
}
