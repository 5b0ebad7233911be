import { Card, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Guide } from '../../../../api/src/contracts/guides';
import { useApi } from '../../api/api-context';
import { getCurrentFramework } from '../../api/framework-api';
import { getGuide } from '../../api/guides-api';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeading } from '../../components/PageHeading';
import { useSharedStyles } from '../../components/shared-styles';
import { useRouter } from '../../router/history-router';
import { RouterLink } from '../../router/RouterLink';
import { PAGE_PATHS } from '../../routes';
import { GuideActionsBar } from './GuideActionsBar';
import { GuideBody } from './GuideBody';
import { formatDay, helpsWith, skillNamesOf } from './guide-format';
import { GuideStatusBadge } from './MyGuides';
import { StatusNotice } from '../../components/StatusNotice';

const useStyles = makeStyles({
  facts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center', color: tokens.colorNeutralForeground2 },
});

function byline(guide: Guide): string {
  const parts = [guide.author ? `Written by ${guide.author.displayName}` : null];
  if (guide.publishedAt) parts.push(`published ${formatDay(guide.publishedAt)}${guide.publishedBy ? ` by ${guide.publishedBy.displayName}` : ''}`);
  else parts.push(`last changed ${formatDay(guide.updatedAt)}`);
  return parts.filter(Boolean).join(', ');
}

/** One guide, for reading; its author and the digital team also see its status and what they can do with it. */
export function GuidePage() {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const { location } = useRouter();
  const id = new URLSearchParams(location.search).get('id') ?? '';
  const loaded = useApiQuery((signal) => getGuide(api, id, signal), `guide:${id}`);
  const framework = useApiQuery((signal) => getCurrentFramework(api, signal), 'framework');
  const skillNames = useMemo(() => skillNamesOf(framework.data?.categories ?? []), [framework.data]);
  const [changed, setChanged] = useState<{ guide: Guide; message: string } | null>(null);
  const guide = changed?.guide ?? loaded.data;

  if (!guide) {
    return (
      <>
        <PageHeading title="How-to guide" />
        {loaded.status === 'error' ? <ErrorState title="We could not open the guide" error={loaded.error} onRetry={loaded.reload} /> : <LoadingState label="Loading the guide…" />}
        <RouterLink href={PAGE_PATHS.guides}>All how-to guides</RouterLink>
      </>
    );
  }
  const skills = helpsWith(guide, skillNames);
  return (
    <>
      <PageHeading title={guide.title} lead={guide.summary || undefined} />
      <div className={styles.facts}>
        {guide.status !== 'published' ? <GuideStatusBadge status={guide.status} /> : null}
        <span>{byline(guide)}</span>
      </div>
      {skills ? <p className={shared.paragraph}>Helps with: {skills}</p> : null}
      <StatusNotice message={changed?.message} />
      {guide.reviewNote && guide.status === 'draft' ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The digital team asked for a change</MessageBarTitle>
            {guide.reviewNote}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <GuideActionsBar guide={guide} onChanged={(next, message) => setChanged({ guide: next, message })} />
      <Card className={shared.card}>
        <GuideBody html={guide.bodyHtml} />
      </Card>
      <RouterLink href={PAGE_PATHS.guides}>All how-to guides</RouterLink>
    </>
  );
}
