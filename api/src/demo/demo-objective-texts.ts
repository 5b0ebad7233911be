import type { ObjectiveKindColumn, ObjectiveOutcomeColumn } from '../db/schema.js';

/** What the demo council's staff and managers write in their objectives, comments and check-ins. */

export interface SkillObjectiveText {
  title: string;
  successMeasure: string;
  categoryKey: string;
  /** The audit statement it grew from, for the ones made from a gap. */
  statementKey?: string;
  /** Only for people whose job title matches. */
  forRoles?: RegExp;
}

const FRONTLINE = /operative|driver|support worker/i;

export const SKILL_OBJECTIVES: readonly SkillObjectiveText[] = [
  { title: 'Get confident with Excel for my day-to-day work', successMeasure: 'I can sort, filter and total a spreadsheet and build a simple pivot table for our monthly figures without asking for help.', categoryKey: 'digital-at-work', statementKey: 'excel-basics' },
  { title: 'Run and join meetings in Teams with confidence', successMeasure: 'I can set up a Teams meeting, share my screen, use the chat and invite people from outside the council.', categoryKey: 'digital-at-work', statementKey: 'teams-meetings' },
  { title: 'Keep and share files in SharePoint, not email attachments', successMeasure: 'Our working documents live in the team SharePoint site and I share links, not attachments.', categoryKey: 'digital-at-work', statementKey: 'onedrive-sharepoint-files' },
  { title: 'Spot and report scam emails', successMeasure: 'I have completed the cyber security e-learning and I report suspicious emails with the Report button.', categoryKey: 'safe-and-legal', statementKey: 'spot-scams-and-suspicious-links' },
  { title: 'Handle residents’ personal data safely online', successMeasure: 'I have completed the data protection e-learning and I send case files by secure email only.', categoryKey: 'safe-and-legal', statementKey: 'protect-personal-data' },
  { title: 'Replace one of our paper forms with a Microsoft Form', successMeasure: 'At least one paper form our team uses is now a Microsoft Form, and the answers go straight into a spreadsheet.', categoryKey: 'creating', statementKey: 'complete-online-forms' },
  { title: 'Fix common IT problems myself with the online help', successMeasure: 'I use the IT self-service portal and help articles before raising a call, and my calls to the service desk halve.', categoryKey: 'problem-solving', statementKey: 'solve-problem-online-help' },
  { title: 'Manage my inbox and calendar in Outlook', successMeasure: 'I use folders, rules and shared calendars so that nothing urgent is missed and meetings are booked without back-and-forth emails.', categoryKey: 'digital-at-work', statementKey: 'outlook-email-calendar' },
  { title: 'Use our main case system to its full extent', successMeasure: 'I use the reports and saved searches in our case system rather than keeping my own spreadsheet.', categoryKey: 'digital-at-work', statementKey: 'council-online-systems' },
  { title: 'Write clear web content for residents', successMeasure: 'The pages I own are rewritten in plain English and pass the readability and accessibility checks.', categoryKey: 'communicating' },
  { title: 'Use my work phone for timesheets and HR self-service', successMeasure: 'I book leave, see my payslips and record my hours on my phone instead of paper.', categoryKey: 'digital-at-work', statementKey: 'hr-self-service', forRoles: FRONTLINE },
  { title: 'Report defects and missed bins on the phone during my round', successMeasure: 'I report problems on the round from my phone the same day, and stop using paper defect sheets.', categoryKey: 'digital-at-work', statementKey: 'mobile-flexible-working', forRoles: /operative|driver/i },
];

export const SUPPORT_TOPICS: readonly { topic: string; can: string }[] = [
  { topic: 'Teams meetings', can: 'join and run a Teams meeting, share their screen and use the chat' },
  { topic: 'files in SharePoint', can: 'save, find and share files in our SharePoint site' },
  { topic: 'Excel', can: 'update our team spreadsheet and use filters and totals' },
  { topic: 'HR self-service', can: 'book leave and see their payslips online' },
  { topic: 'spotting scam emails', can: 'spot a suspicious email and report it' },
];

export const CHAMPION_OBJECTIVE = {
  title: 'Be a Digital Champion for my service',
  successMeasure: 'I run a drop-in every month, answer help requests within two working days and log the help I give in the support log.',
};

export const RETURN_COMMENTS: readonly string[] = [
  'Good idea, but can you make the success measure something we can check – how many, or by when?',
  'The target date is after the end of the year; can you bring it forward to February?',
  'Please say which training you will do – the e-learning or the classroom course – so I can book it.',
  'Let’s link this to the project you are already testing rather than starting something new.',
];

export const AGREE_COMMENTS: readonly (string | null)[] = [
  'Looks good. Book the course through the learning portal.',
  null,
  'Agreed – let’s talk about it at our next one-to-one.',
  null,
  'Great choice, this will help the whole team.',
];

export const WITHDRAW_COMMENTS: readonly string[] = [
  'Replaced by a project objective now that I am on the project team.',
  'Moving teams in the new year, so I will set a new one with my new manager.',
  'Duplicate of the objective I already agreed.',
];

export const OUTCOME_COMMENTS: Record<ObjectiveOutcomeColumn, readonly string[]> = {
  achieved: [
    'Achieved in full – the team already relies on what you set up.',
    'Well done: you did everything we agreed and helped others along the way.',
    'Achieved. You now show new starters how to do it.',
  ],
  partly: [
    'Good progress, but the last part slipped because of the busy period. Let’s carry it into next year.',
    'Partly achieved: the training is done, but it is not yet part of everyday work.',
  ],
  'not-achieved': [
    'Not achieved this year – the training was cancelled twice. We will book it early next year.',
    'Not achieved: the project was paused, so there was no chance to take part.',
  ],
};

/** Check-in notes by kind, from the first to the last, with progress rising through the year. */
export const CHECK_IN_NOTES: Record<ObjectiveKindColumn | 'champion', readonly string[]> = {
  skill: [
    'Booked onto the e-learning and worked through the first two modules.',
    'Using it every week now; still need help with the harder parts.',
    'Can do nearly all of it without help, and showed a colleague last week.',
  ],
  support: [
    'Had our first session together and agreed what to practise.',
    'They can now do most of it on their own; next we will look at the trickier bits.',
    'They no longer need me for the everyday tasks and have started helping others.',
  ],
  champion: [
    'Ran my first drop-in; five people came, mostly with Teams questions.',
    'Answered four help requests this quarter and logged each one.',
    'Monthly drop-ins are settled now and people come back with new questions.',
  ],
  project: [
    'Went to the kick-off and the first testing session.',
    'Tested the new screens and sent my feedback to the project team.',
    'Helped the rest of the team get ready for go-live.',
  ],
};
