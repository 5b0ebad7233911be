import type { ProjectRag, ProjectStage } from '../db/schema.js';

/**
 * The demo council's digital projects register: a dozen projects of the kind a district
 * council runs, across services, at every stage. Dates are days from today. `takePart`
 * is how a member of staff would word a digital objective to take part in it.
 */

export interface DemoProjectDefinition {
  name: string;
  summary: string;
  service: string;
  /** The head of the project's service, or a director by job title. */
  sponsor: 'head' | 'Director of Corporate Resources' | 'Director of Communities' | 'Director of Place';
  stage: ProjectStage;
  rag: ProjectRag;
  startsIn: number | null;
  endsIn: number | null;
  createdDaysAgo: number;
  /** When its last Root & Branch update was published, in days ago; null: never. */
  publishedDaysAgo: number | null;
  digitalImplications: string;
  /** Led with the digital team: Tom Nguyen and a business analyst are members. */
  digitalLed: boolean;
  takePart: { title: string; successMeasure: string };
}

export const DEMO_PROJECTS: readonly DemoProjectDefinition[] = [
  {
    name: 'Online housing repairs reporting',
    summary: 'Tenants report repairs online, with photos, at any time of day, and follow them through to completion.',
    service: 'Housing', sponsor: 'head', stage: 'delivery', rag: 'amber', startsIn: -150, endsIn: 90, createdDaysAgo: 210, publishedDaysAgo: 12, digitalLed: true,
    digitalImplications:
      'Tenants will be able to report and track repairs online, with photos, instead of phoning the contact centre. Repairs and tenancy staff will take jobs from a shared online queue rather than paper job sheets. The system holds tenants’ contact details and photos of their homes, so a data protection impact assessment has been done. Tenants who cannot go online can still phone, and staff at Westbrook Community Hub will help them.',
    takePart: { title: 'Help tenants start using online repairs reporting', successMeasure: 'I have shown at least ten tenants how to report a repair online, and I take jobs from the online queue rather than paper sheets.' },
  },
  {
    name: 'Microsoft 365 migration',
    summary: 'Moving every member of staff to Outlook, Teams, OneDrive and SharePoint, and closing the old shared drives.',
    service: 'IT & Digital', sponsor: 'Director of Corporate Resources', stage: 'delivery', rag: 'green', startsIn: -300, endsIn: 120, createdDaysAgo: 360, publishedDaysAgo: 30, digitalLed: true,
    digitalImplications:
      'Every member of staff moves from the old email system and shared drives to Outlook, Teams, OneDrive and SharePoint. Files on the shared drives move into team SharePoint sites and the old drives become read-only. Everyone signs in with a second check on their phone. Each team needs to tidy its files before its migration date.',
    takePart: { title: 'Move my team’s shared drive into SharePoint', successMeasure: 'Our team’s files are in our SharePoint site, old copies are deleted, and we share links instead of attachments.' },
  },
  {
    name: 'Planning portal replacement',
    summary: 'A new online portal for planning applications and comments, and a new back-office system for officers.',
    service: 'Planning & Building Control', sponsor: 'head', stage: 'planning', rag: 'amber', startsIn: -40, endsIn: 330, createdDaysAgo: 90, publishedDaysAgo: null, digitalLed: true,
    digitalImplications:
      'The online system for submitting and commenting on planning applications will be replaced. Applicants and agents will use a new portal, and officers will handle applications in a new back-office system. Historic planning records have to be moved across and checked. Public comments will still be checked before they appear online.',
    takePart: { title: 'Test the new planning portal before it goes live', successMeasure: 'I have worked through the test scripts for householder applications and reported every problem I found to the project team.' },
  },
  {
    name: 'Digital council tax account',
    summary: 'A secure online account where residents see their bill, set up Direct Debits, claim discounts and tell us they are moving.',
    service: 'Revenues & Benefits', sponsor: 'head', stage: 'delivery', rag: 'green', startsIn: -200, endsIn: 60, createdDaysAgo: 250, publishedDaysAgo: 45, digitalLed: true,
    digitalImplications:
      'Residents will be able to see their council tax balance, set up a Direct Debit, apply for a single person discount and tell us they are moving, through a secure online account. Fewer calls and paper forms should reach the Council Tax team, who will handle online requests in the revenues system. Residents’ financial details are shown online, so identity checks and security testing are part of the project.',
    takePart: { title: 'Process council tax changes from the new online account', successMeasure: 'I deal with online house moves and discount claims within five working days and suggest improvements to the forms.' },
  },
  {
    name: 'Robotic process automation pilot in Revenues',
    summary: 'A six-month pilot of software robots for repetitive, rules-based tasks in Revenues & Benefits.',
    service: 'Revenues & Benefits', sponsor: 'Director of Corporate Resources', stage: 'initiation', rag: 'green', startsIn: -20, endsIn: 180, createdDaysAgo: 45, publishedDaysAgo: null, digitalLed: true,
    digitalImplications:
      'Software robots will carry out repetitive, rules-based tasks in Revenues, starting with matching benefit changes to council tax accounts. Staff will deal with the cases the robots cannot handle instead of keying data. The robots have their own accounts with limited access, and every action they take is logged.',
    takePart: { title: 'Map a repetitive task for the automation pilot', successMeasure: 'Two of our processes are written down step by step and checked with the business analyst, ready for the pilot.' },
  },
  {
    name: 'Depot route-optimisation app',
    summary: 'Optimised refuse and recycling rounds on in-cab tablets, with missed bins and blocked roads reported on the round.',
    service: 'Environmental Services', sponsor: 'head', stage: 'delivery', rag: 'red', startsIn: -180, endsIn: 45, createdDaysAgo: 230, publishedDaysAgo: 75, digitalLed: false,
    digitalImplications:
      'Refuse and recycling crews will follow optimised rounds on a tablet in the cab instead of printed round sheets, and record missed bins and blocked roads as they go. Supervisors at the depot will see where each vehicle is. Crews need training and somewhere to charge the tablets. Vehicle location data is personal data about drivers, so how it is used has been agreed with the trade unions.',
    takePart: { title: 'Use the rounds app in the cab and report problems with it', successMeasure: 'I complete my rounds using the tablet and report missed bins in the app, not on paper.' },
  },
  {
    name: 'Library self-service kiosks',
    summary: 'Self-service kiosks for borrowing, returning, renewing and paying in Central and Eastfield libraries.',
    service: 'Cultural Services', sponsor: 'head', stage: 'closing', rag: 'green', startsIn: -330, endsIn: -10, createdDaysAgo: 400, publishedDaysAgo: 20, digitalLed: false,
    digitalImplications:
      'Library users will borrow, return and renew books at self-service kiosks in Central and Eastfield libraries, and pay charges by card. Staff will spend less time at the counter and more time helping people, including with digital skills. The kiosks connect to the library management system, and staff are trained to help people use them.',
    takePart: { title: 'Help library users get started with the self-service kiosks', successMeasure: 'I run short kiosk demonstrations on busy days and help anyone who gets stuck, so queues at the counter fall.' },
  },
  {
    name: 'New intranet',
    summary: 'A SharePoint intranet staff can reach from Teams and their phones, with every service keeping its own pages.',
    service: 'Communications', sponsor: 'head', stage: 'planning', rag: 'green', startsIn: -60, endsIn: 240, createdDaysAgo: 100, publishedDaysAgo: null, digitalLed: true,
    digitalImplications:
      'The old intranet will be replaced by a SharePoint intranet that staff can reach from Teams and on their phones. Every service will have pages kept up to date by its own trained editors. Out-of-date pages will be removed rather than moved, and the new pages will meet accessibility standards.',
    takePart: { title: 'Become my service’s editor on the new intranet', successMeasure: 'I have done the editor training, and our service’s pages on the new intranet are accurate and checked every quarter.' },
  },
  {
    name: 'Customer contact centre telephony',
    summary: 'Moving the contact centre to cloud telephony in Teams, with call queues, call-backs and recorded messages.',
    service: 'Customer Services', sponsor: 'head', stage: 'delivery', rag: 'amber', startsIn: -120, endsIn: 100, createdDaysAgo: 170, publishedDaysAgo: 8, digitalLed: true,
    digitalImplications:
      'The contact centre will move to a cloud telephony system in Teams, with call queues, call-backs and recorded messages. Advisers can take calls from the Civic Centre, Westbrook or home. Calls will be recorded for training and quality, so callers will be told, and recordings kept for 90 days.',
    takePart: { title: 'Take part in testing the new contact centre phone system', successMeasure: 'I have taken part in the test days, used call-backs on the new system and helped write the quick guide for advisers.' },
  },
  {
    name: 'Power BI performance dashboards',
    summary: 'Quarterly performance figures for managers and councillors in Power BI dashboards rather than emailed spreadsheets.',
    service: 'Policy & Performance', sponsor: 'head', stage: 'delivery', rag: 'green', startsIn: -160, endsIn: 75, createdDaysAgo: 200, publishedDaysAgo: 25, digitalLed: false,
    digitalImplications:
      'Quarterly performance figures will be shown in Power BI dashboards instead of spreadsheets emailed to managers. Services will enter their figures once, and managers and councillors will see up-to-date charts. Dashboards that use personal data will be open only to the people who need them.',
    takePart: { title: 'Build my service’s performance figures into a Power BI dashboard', successMeasure: 'Our quarterly figures come straight from the dashboard, and I can update it and explain it to the management team.' },
  },
  {
    name: 'E-forms for licensing',
    summary: 'Online application forms, with card payment, for taxi, alcohol and animal licences.',
    service: 'Environmental Services', sponsor: 'Director of Place', stage: 'idea', rag: 'green', startsIn: null, endsIn: null, createdDaysAgo: 14, publishedDaysAgo: null, digitalLed: true,
    digitalImplications:
      'Applications for taxi, alcohol and animal licences would be made on online forms with card payment, instead of paper forms and cheques. Licensing officers would receive applications in a case list rather than by post. People who cannot apply online would still get help by phone or at the Civic Centre.',
    takePart: { title: 'Draft the online version of the taxi licence application', successMeasure: 'The questions for the online taxi licence form are written in plain English and checked with two applicants.' },
  },
  {
    name: 'Paperless committee papers',
    summary: 'Committee agendas and reports published to councillors’ tablets instead of printed and posted.',
    service: 'Legal & Democratic Services', sponsor: 'head', stage: 'closed', rag: 'green', startsIn: -420, endsIn: -120, createdDaysAgo: 470, publishedDaysAgo: 110, digitalLed: false,
    digitalImplications:
      'Agendas and reports for council committees will be published and read on tablets through an app, instead of being printed and posted to councillors. Democratic Services will publish papers from the committee management system. Councillors need tablets, training and support, and papers will still be published on the council website for the public.',
    takePart: { title: 'Support councillors to read committee papers on their tablets', successMeasure: 'Every councillor on my committees reads papers on the app, and we no longer post printed agendas.' },
  },
];

/** Projects everyone in the council can take part in, whatever their service. */
export const COUNCIL_WIDE_PROJECTS = ['Microsoft 365 migration', 'New intranet', 'Power BI performance dashboards'];
