import type { LearningResourceInput } from '../../contracts/learning-resources.js';

/**
 * The resource library a council starts with, added once on its first start; the digital
 * team then keeps it. A mix of free national courses and guidance, Microsoft's own help,
 * and the kind of intranet guides and drop-ins a council's digital team runs. Internal
 * entries have no address: each council links its own intranet pages when it edits them.
 */

const INTRANET = 'Council intranet';
const DIGITAL_TEAM = 'Digital team';
const CHAMPIONS = 'Digital Champions';
const LEARN_MY_WAY = 'Learn My Way (Good Things Foundation)';
const MICROSOFT = 'Microsoft Support';
const NCSC = 'National Cyber Security Centre';

function resource(
  title: string,
  kind: LearningResourceInput['kind'],
  description: string,
  links: { statements?: string[]; categories?: string[] },
  details: { url?: string; provider: string; minutes?: number },
): LearningResourceInput {
  return {
    title,
    kind,
    description,
    url: details.url ?? null,
    provider: details.provider,
    durationMinutes: details.minutes ?? null,
    statementKeys: links.statements ?? [],
    categoryKeys: links.categories ?? [],
  };
}

export const DEFAULT_LEARNING_RESOURCES: readonly LearningResourceInput[] = [
  // Foundation
  resource(
    'Using a computer, tablet or phone',
    'course',
    'Free short online lessons on switching on, using a mouse, keyboard and touch screen, and finding your way around a device.',
    { statements: ['use-device-controls'], categories: ['foundation'] },
    { url: 'https://www.learnmyway.com/', provider: LEARN_MY_WAY, minutes: 60 },
  ),
  resource(
    'Make your device easier to see, hear and use',
    'website',
    'Step-by-step guides to making text bigger, changing colours, using a screen reader or voice control on any device.',
    { statements: ['change-accessibility-settings'] },
    { url: 'https://mcmw.abilitynet.org.uk/', provider: 'AbilityNet' },
  ),
  resource(
    'Getting online: Wi-Fi and web browsers',
    'course',
    'Learn how to connect to Wi-Fi, open a web browser and go to a website by typing its address.',
    { statements: ['connect-to-wifi', 'use-a-web-browser'] },
    { url: 'https://www.learnmyway.com/', provider: LEARN_MY_WAY, minutes: 45 },
  ),
  resource(
    'Passwords: three random words',
    'guide',
    'Why three random words make a strong password, how to use a password manager and how to turn on two-step verification.',
    { statements: ['create-strong-password', 'update-and-reset-password'] },
    { url: 'https://www.ncsc.gov.uk/cyberaware/home', provider: NCSC, minutes: 10 },
  ),
  resource(
    'Resetting your council password and setting up the Authenticator app',
    'guide',
    'How to reset a forgotten network password yourself and set up sign-in on your phone, with pictures for each step.',
    { statements: ['update-and-reset-password', 'create-strong-password'] },
    { provider: INTRANET, minutes: 10 },
  ),

  // Basic digital skills
  resource(
    'Searching the internet and using bookmarks',
    'course',
    'Free lessons on using a search engine, choosing good search words and saving websites to come back to.',
    { statements: ['use-search-engine', 'find-visited-website', 'download-save-photo'], categories: ['managing-information'] },
    { url: 'https://www.learnmyway.com/', provider: LEARN_MY_WAY, minutes: 40 },
  ),
  resource(
    'Email and messaging for beginners',
    'course',
    'Set up an email account, send and reply to messages, add attachments and use messaging apps safely.',
    { statements: ['send-personal-message'], categories: ['communicating'] },
    { url: 'https://www.learnmyway.com/', provider: LEARN_MY_WAY, minutes: 60 },
  ),
  resource(
    'Shopping and paying safely online',
    'course',
    'How to buy things online, pay safely, install apps from the official app store and spot fake shops.',
    { statements: ['buy-from-website', 'buy-install-apps', 'check-site-is-secure'], categories: ['transacting'] },
    { url: 'https://www.learnmyway.com/', provider: LEARN_MY_WAY, minutes: 45 },
  ),
  resource(
    'Technology guides for everyday tasks',
    'website',
    'Hundreds of short, plain-English guides to fixing common problems with phones, tablets and computers.',
    { statements: ['solve-problem-online-help'], categories: ['problem-solving'] },
    { url: 'https://www.digitalunite.com/', provider: 'Digital Unite' },
  ),
  resource(
    'Checking facts before you share them',
    'website',
    'An independent fact-checking charity explains how to check claims, photos and news stories you see online.',
    { statements: ['verify-sources', 'comment-and-share-carefully'] },
    { url: 'https://fullfact.org/', provider: 'Full Fact' },
  ),
  resource(
    'Using public services online',
    'course',
    'Practise filling in online forms with personal details, such as applying for a licence or registering with a GP.',
    { statements: ['complete-online-forms'], categories: ['creating'] },
    { url: 'https://www.learnmyway.com/', provider: LEARN_MY_WAY, minutes: 30 },
  ),
  resource(
    'Making a short video or poster for your team',
    'guide',
    'Put photos, clips and music together with the tools we already have, using images from the council’s image library.',
    { statements: ['create-from-existing-media', 'respect-copyright'] },
    { provider: INTRANET, minutes: 20 },
  ),
  resource(
    'Getting help from the IT Service Desk portal',
    'video',
    'A three-minute video on searching the self-help articles and logging a call when you are stuck.',
    { statements: ['solve-problem-online-help'] },
    { provider: INTRANET, minutes: 3 },
  ),

  // Being safe and legal online
  resource(
    'Top tips for staff: staying secure online',
    'course',
    'Free e-learning on why cyber security matters at work, spotting phishing and keeping devices and accounts safe.',
    { categories: ['safe-and-legal'], statements: ['spot-scams-and-suspicious-links', 'install-updates'] },
    { url: 'https://www.ncsc.gov.uk/collection/top-tips-for-staff', provider: NCSC, minutes: 30 },
  ),
  resource(
    'Spot and report scam emails, texts and calls',
    'guide',
    'How to recognise phishing messages and what to do if you think you have clicked on a bad link.',
    { statements: ['spot-scams-and-suspicious-links'] },
    { url: 'https://www.ncsc.gov.uk/collection/phishing-scams', provider: NCSC, minutes: 10 },
  ),
  resource(
    'Reporting a suspicious email at work',
    'guide',
    'Use the Report button in Outlook to send a suspicious email to the IT security team, and what happens next.',
    { statements: ['spot-scams-and-suspicious-links'] },
    { provider: INTRANET, minutes: 5 },
  ),
  resource(
    'Scams: check, report and get advice',
    'website',
    'Advice on common scams, how to check if something is a scam and where to report it.',
    { statements: ['spot-scams-and-suspicious-links'] },
    { url: 'https://www.citizensadvice.org.uk/consumer/scams/', provider: 'Citizens Advice' },
  ),
  resource(
    'Staying safe online at home',
    'website',
    'Free, practical advice on safe shopping, secure websites, privacy settings on social media and protecting your devices.',
    { statements: ['check-site-is-secure', 'manage-privacy-settings', 'install-updates'] },
    { url: 'https://www.getsafeonline.org/', provider: 'Get Safe Online' },
  ),
  resource(
    'Back up your photos and files',
    'guide',
    'Simple steps from the Cyber Aware campaign on keeping a second copy of what matters and keeping devices up to date.',
    { statements: ['back-up-files', 'install-updates'] },
    { url: 'https://www.ncsc.gov.uk/cyberaware/home', provider: NCSC, minutes: 10 },
  ),
  resource(
    'Data protection and UK GDPR (mandatory e-learning)',
    'course',
    'The council’s yearly course on looking after residents’ and colleagues’ personal information, and reporting a data breach.',
    { statements: ['protect-personal-data'] },
    { provider: 'HR and Organisational Development', minutes: 45 },
  ),
  resource(
    'Your data matters',
    'website',
    'The Information Commissioner’s Office explains people’s rights over their personal information and how organisations must treat it.',
    { statements: ['protect-personal-data'] },
    { url: 'https://ico.org.uk/', provider: 'Information Commissioner’s Office' },
  ),
  resource(
    'Copyright: what you can and cannot reuse',
    'website',
    'Government guidance on how copyright works and when you need permission to use someone else’s work.',
    { statements: ['respect-copyright'] },
    { url: 'https://www.gov.uk/copyright', provider: 'GOV.UK' },
  ),

  // Digital at work
  resource(
    'Microsoft Teams help and training',
    'website',
    'Microsoft’s own short videos and articles on chat, channels, meetings and sharing files in Teams.',
    { statements: ['teams-chat', 'teams-meetings'] },
    { url: 'https://support.microsoft.com/en-gb/teams', provider: MICROSOFT },
  ),
  resource(
    'Getting started with Teams at the council',
    'guide',
    'Which team to use for what, chat etiquette, setting your status and joining meetings from a meeting room.',
    { statements: ['teams-chat', 'teams-meetings'] },
    { provider: INTRANET, minutes: 15 },
  ),
  resource(
    'Outlook help and training',
    'website',
    'Microsoft’s guides to managing your inbox, calendar, meeting invitations and out-of-office replies.',
    { statements: ['outlook-email-calendar'] },
    { url: 'https://support.microsoft.com/en-gb/outlook', provider: MICROSOFT },
  ),
  resource(
    'OneDrive help and training',
    'website',
    'How to save, find, sync and share files in OneDrive, and restore an earlier version of a file.',
    { statements: ['onedrive-sharepoint-files', 'back-up-files'] },
    { url: 'https://support.microsoft.com/en-gb/onedrive', provider: MICROSOFT },
  ),
  resource(
    'Where do my files go? OneDrive, Teams and SharePoint',
    'guide',
    'The council’s one-page guide to where to keep your own, your team’s and shared files, and how to share a link safely.',
    { statements: ['onedrive-sharepoint-files', 'protect-personal-data'] },
    { provider: INTRANET, minutes: 10 },
  ),
  resource(
    'Excel help and training',
    'website',
    'Microsoft’s beginner lessons on entering data, sorting and filtering, and simple formulas such as SUM.',
    { statements: ['excel-basics'] },
    { url: 'https://support.microsoft.com/en-gb/excel', provider: MICROSOFT },
  ),
  resource(
    'Excel for beginners drop-in',
    'drop-in',
    'A monthly hands-on session with a Digital Champion: bring a spreadsheet you use at work and practise sorting and adding up.',
    { statements: ['excel-basics'] },
    { provider: CHAMPIONS, minutes: 90 },
  ),
  resource(
    'Microsoft Learn training paths',
    'course',
    'Free self-paced modules on Microsoft 365, from the basics of Teams and OneDrive to working with data.',
    { categories: ['digital-at-work'] },
    { url: 'https://learn.microsoft.com/en-gb/training/', provider: 'Microsoft Learn' },
  ),
  resource(
    'Using HR self-service: payslips, leave, training and appraisals',
    'guide',
    'How to sign in to HR self-service, download a payslip, book leave and training, and record your appraisal.',
    { statements: ['hr-self-service'] },
    { provider: 'HR and Organisational Development', minutes: 15 },
  ),
  resource(
    'Working from home and on the move',
    'guide',
    'Connecting from home, using your work phone between visits, keeping screens private in public and locking your device.',
    { statements: ['mobile-flexible-working', 'protect-personal-data'] },
    { provider: INTRANET, minutes: 10 },
  ),
  resource(
    'Your service’s case system: getting started',
    'video',
    'Short induction videos from your service’s system lead on logging, updating and closing cases and online requests.',
    { statements: ['council-online-systems'] },
    { provider: DIGITAL_TEAM, minutes: 20 },
  ),
  resource(
    'Weekly digital drop-in',
    'drop-in',
    'Every Tuesday, 12:30 to 1:30, in the Civic Centre library and on Teams. Bring any question about your device, Teams, email or the council’s systems.',
    { categories: ['foundation', 'digital-at-work'] },
    { provider: CHAMPIONS, minutes: 60 },
  ),
];
