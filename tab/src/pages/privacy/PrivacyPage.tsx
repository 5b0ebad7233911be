import type { RetentionSettings } from '../../../../api/src/contracts/privacy';
import { useApi } from '../../api/api-context';
import { getRetentionSettings } from '../../api/privacy-api';
import { useApiQuery } from '../../api/use-api-query';
import { plural } from '../../components/format';
import { useSession } from '../../session/session-context';
import { InformationPage } from '../InformationPage';
import { MyDataDownload } from './MyDataDownload';

/** Written from the settings the nightly retention job applies, so the notice cannot promise what the hub does not do. */
function keepingParagraphs(settings: RetentionSettings | undefined): string[] {
  if (!settings) return ['While you work for the council. When you leave, your information is kept for the council’s retention period and then erased.'];
  return [
    `While you work for the council. When you leave, your information is kept for ${plural(settings.leaverMonths, 'month')} and then erased: your name and what you wrote are removed, and you are counted only as “Erased person” in totals.`,
    `The audit log, which records who read or changed whose records, keeps each entry for ${plural(settings.auditLogMonths, 'month')}. Ended sign-in sessions are deleted every night.`,
  ];
}

export function PrivacyPage() {
  const { state } = useSession();
  const api = useApi();
  const retention = useApiQuery((signal) => getRetentionSettings(api, signal), 'retention-settings');
  return (
    <InformationPage
      title="Privacy notice"
      lead="How Digital Culture Hub uses information about you. Your council is the data controller."
      sections={[
        {
          heading: 'What we hold',
          paragraphs: [
            'Your name, e-mail address, job title, service, site and line manager, copied from the council’s Microsoft 365 directory or its staff list.',
            'What you tell the hub: your answers to the digital skills audit, your digital objectives and check-ins, help you ask for or give as a Digital Champion, and the projects you follow.',
          ],
        },
        {
          heading: 'Why we hold it',
          paragraphs: [
            'To run the council’s staff digital skills programme: to find where people would like help, to match them with Digital Champions, to plan training, and to report progress. The lawful basis is the council’s public task and its role as your employer.',
          ],
        },
        {
          heading: 'Who sees it',
          paragraphs: [
            'You see everything about yourself. Your line management chain sees what the council’s settings allow. HR and Organisational Development see what they need to plan training. Reports for anyone else only show groups of five people or more.',
            'Every time someone opens another person’s record, or exports information, it is written to an audit log.',
          ],
        },
        {
          heading: 'How long we keep it',
          paragraphs: keepingParagraphs(retention.data),
        },
        {
          heading: 'Your rights',
          paragraphs: [
            'You can download everything the hub holds about you, below once you have signed in. You can ask for it to be corrected, and ask HR to erase it: to do so, or to complain, contact your council’s data protection officer. You can also complain to the Information Commissioner’s Office (ico.org.uk).',
          ],
        },
      ]}
    >
      {state.status === 'signed-in' ? <MyDataDownload /> : null}
    </InformationPage>
  );
}
