import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { useApi } from '../../api/api-context';
import { getCurrentFramework } from '../../api/framework-api';
import { useApiQuery } from '../../api/use-api-query';
import { PageHeading } from '../../components/PageHeading';
import { useInternalLinkClick } from '../../router/history-router';
import { skillNamesOf } from './guide-format';
import { guideEditPath } from './guide-paths';
import { MyGuides } from './MyGuides';
import { PublishedGuides } from './PublishedGuides';
import { useGuideRoles } from './use-guide-roles';
import { WaitingGuides } from './WaitingGuides';

const useStyles = makeStyles({
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

/** How-to guides: published ones for everyone; writers see their own; the digital team sees what waits to be published. */
export function GuidesPage() {
  const styles = useStyles();
  const api = useApi();
  const { canWrite, canPublish } = useGuideRoles();
  const framework = useApiQuery((signal) => getCurrentFramework(api, signal), 'framework');
  const categories = useMemo(() => framework.data?.categories ?? [], [framework.data]);
  const skillNames = useMemo(() => skillNamesOf(categories), [categories]);
  // Publishing from the queue adds to the published list: a new key loads it again.
  const [published, setPublished] = useState(0);
  const write = useInternalLinkClick(guideEditPath());

  return (
    <>
      <PageHeading
        title="How-to guides"
        lead="Short guides from the council’s Digital Champions, one task at a time. Search for what you want to do, or pick a skill area."
      />
      {canWrite ? (
        <div className={styles.toolbar}>
          <Button as="a" href={guideEditPath()} onClick={write} appearance="primary" icon={<AddRegular />}>
            Write a guide
          </Button>
        </div>
      ) : null}
      {canPublish ? <WaitingGuides onPublished={() => setPublished((count) => count + 1)} /> : null}
      <PublishedGuides key={published} categories={categories} skillNames={skillNames} />
      {canWrite ? <MyGuides key={`mine-${published}`} /> : null}
    </>
  );
}
