import { Card, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronLeftRegular } from '@fluentui/react-icons';
import type { MyAudit } from '../../../../api/src/contracts/skills-audit';
import { useSharedStyles } from '../../components/shared-styles';
import { formatDay } from '../../components/report/report-format';
import { RouterLink } from '../../router/RouterLink';
import { AUDIT_PATHS, reportPath } from './audit-steps';

const useStyles = makeStyles({
  back: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS, alignSelf: 'flex-start' },
});

/** GOV.UK's back link: above the heading, so it is there for people who need it and out of the way of those who do not. */
export function BackLink({ href, children = 'Back' }: { href: string; children?: string }) {
  const styles = useStyles();
  return (
    <RouterLink href={href} className={styles.back}>
      <ChevronLeftRegular aria-hidden="true" />
      {children}
    </RouterLink>
  );
}

export function NoAuditOpen() {
  const shared = useSharedStyles();
  return (
    <Card className={shared.card}>
      <section aria-labelledby="no-audit-heading" className={shared.section}>
        <h2 id="no-audit-heading" className={shared.sectionHeading}>
          There is no skills audit open for you right now
        </h2>
        <p className={shared.paragraph}>
          HR runs the digital skills audit at set times of the year. When the next one opens, the hub will send you a message in
          Teams, and you can start it from here.
        </p>
        <p className={shared.paragraph}>
          Your reports from earlier audits are in <RouterLink href={AUDIT_PATHS.mySkills} inline>My skills</RouterLink>.
        </p>
      </section>
    </Card>
  );
}

export function AlreadySubmitted({ audit }: { audit: MyAudit }) {
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>You have finished this audit</MessageBarTitle>
        {audit.submittedAt ? `You sent your answers on ${formatDay(audit.submittedAt)}. ` : null}
        {audit.responseId ? (
          <RouterLink href={reportPath(audit.responseId)} inline>
            See your skills report
          </RouterLink>
        ) : (
          <RouterLink href={AUDIT_PATHS.mySkills} inline>
            See your skills report
          </RouterLink>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
