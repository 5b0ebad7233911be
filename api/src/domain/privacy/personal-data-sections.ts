/**
 * What a subject access download holds, section by section, in the order a person reads
 * it. Each section says in plain English what it is; the database adapter fills each one
 * (api/src/db/personal-data-repository.ts), and a test holds it to every column of the
 * database that names a person.
 */
export const PERSONAL_DATA_SECTIONS = [
  { key: 'directory-entry', title: 'Your directory entry', about: 'Who you are in the staff directory, as the staff list or Microsoft 365 gave it.' },
  { key: 'services-headed', title: 'Services you head', about: 'Services the directory names you as head of.' },
  { key: 'roles', title: 'Your roles in the hub', about: 'Roles given to you, such as HR or digital team, and when.' },
  { key: 'sign-in-sessions', title: 'Your sign-in sessions', about: 'When you signed in to the hub and when each session ends.' },
  { key: 'teams-conversations', title: 'Your conversations with the bot', about: 'The Teams chats the bot can send you messages in.' },
  { key: 'audit-responses', title: 'Your skills audits', about: 'Each skills audit you started or finished.' },
  { key: 'audit-answers', title: 'Your skills audit answers', about: 'Every answer you gave, with the statement it answers.' },
  { key: 'campaign-invitations', title: 'Skills audit campaigns you were in', about: 'Campaigns that included you.' },
  { key: 'campaign-messages', title: 'Skills audit invitations and reminders', about: 'Each invitation and reminder sent or due to you.' },
  { key: 'objectives', title: 'Your digital objectives', about: 'Objectives in your appraisals, and objectives to support you.' },
  { key: 'objective-history', title: 'The history of your objectives', about: 'Every change to your objectives: proposed, agreed, completed, withdrawn.' },
  { key: 'objective-check-ins', title: 'Check-ins on your objectives', about: 'Progress recorded at each check-in.' },
  { key: 'service-plan-items', title: 'Service plan items you own', about: 'Items of service plans that name you as owner.' },
  { key: 'help-requests-asked', title: 'Help you asked for', about: 'Each request for help you made, with what you wrote.' },
  { key: 'help-requests-answered', title: 'Help requests you took', about: 'Requests you accepted as a Digital Champion.' },
  { key: 'help-request-offers', title: 'Help requests offered to you', about: 'Requests offered to you as a Digital Champion, and what you did.' },
  { key: 'help-request-cards', title: 'Help request cards shown to you', about: 'The Teams cards about help requests that the bot showed you.' },
  { key: 'champion-record', title: 'Your Digital Champion record', about: 'Your champion profile: status, strengths and availability.' },
  { key: 'champion-history', title: 'The history of your champion record', about: 'When you volunteered, were approved, paused or stepped down.' },
  { key: 'matching', title: 'Matching with a champion', about: 'Whether you asked to be matched, and with whom.' },
  { key: 'matches', title: 'Your matches', about: 'Matches between you and a champion or learner.' },
  { key: 'support-sessions', title: 'Support you gave', about: 'Sessions you logged as a Digital Champion.' },
  { key: 'drop-ins-hosted', title: 'Drop-ins you host', about: 'Drop-in sessions you run.' },
  { key: 'drop-in-registrations', title: 'Drop-ins you signed up to', about: 'Drop-in sessions you registered for.' },
  { key: 'projects', title: 'Projects you sponsor', about: 'Digital projects that name you as sponsor.' },
  { key: 'project-members', title: 'Projects you work on', about: 'Digital projects that list you as a member.' },
  { key: 'project-follows', title: 'Projects you follow', about: 'Digital projects you chose to follow.' },
  { key: 'guides', title: 'How-to guides you wrote', about: 'Guides you are the author of.' },
  { key: 'reminders', title: 'Reminders sent to you', about: 'Reminders the hub sent you, so it does not send the same twice.' },
  { key: 'records-read', title: 'Who looked at your records', about: 'Each time someone else read or exported your records, from the audit log.' },
  { key: 'actions', title: 'What you did in the hub', about: 'Changes you made and records you read, from the audit log.' },
] as const;

export type PersonalDataSectionKey = (typeof PERSONAL_DATA_SECTIONS)[number]['key'];

/** One row of a section, as the database holds it (column name → value). */
export type PersonalDataRow = Record<string, unknown>;
