import { Badge, Card, Link, makeStyles, tokens } from '@fluentui/react-components';
import { OpenRegular } from '@fluentui/react-icons';
import type { GuideSummary } from '../../../../api/src/contracts/guides';
import { RESOURCE_KIND_LABELS, type LearningResource } from '../../../../api/src/contracts/learning-resources';
import type { LearningPlanItem } from '../../../../api/src/contracts/skills-audit';
import { guideViewPath } from '../../pages/guides/guide-paths';
import { RouterLink } from '../../router/RouterLink';
import { PAGE_PATHS } from '../../routes';
import { MakeObjectiveButton } from '../../pages/objectives/MakeObjectiveButton';
import { useSharedStyles } from '../shared-styles';
import { formatMinutes } from './report-format';
import { usePlanGuides } from './use-plan-guides';

const useStyles = makeStyles({
  items: { margin: '0', padding: '0', listStyleType: 'none', display: 'grid', gap: tokens.spacingVerticalL },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    borderTopWidth: tokens.strokeWidthThin,
    borderTopStyle: 'solid',
    borderTopColor: tokens.colorNeutralStroke2,
  },
  itemHeading: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  resources: { margin: '0', paddingInlineStart: tokens.spacingHorizontalXL, display: 'grid', gap: tokens.spacingVerticalS },
  resource: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  title: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  icon: { verticalAlign: 'middle', marginInlineStart: tokens.spacingHorizontalXXS },
  meta: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

function resourceFacts(resource: LearningResource): string {
  return [
    RESOURCE_KIND_LABELS[resource.kind],
    resource.provider,
    resource.durationMinutes === null ? null : formatMinutes(resource.durationMinutes),
  ]
    .filter((fact): fact is string => Boolean(fact))
    .join(' · ');
}

function Resource({ resource }: { resource: LearningResource }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <li className={styles.resource}>
      {resource.url ? (
        <Link className={styles.title} href={resource.url} target="_blank" rel="noopener noreferrer">
          {resource.title}
          <span className={shared.visuallyHidden}> (opens in a new tab)</span>
          <OpenRegular className={styles.icon} aria-hidden="true" />
        </Link>
      ) : (
        <span className={styles.title}>{resource.title}</span>
      )}
      <span className={styles.meta}>{resourceFacts(resource)}</span>
      <span>{resource.description}</span>
    </li>
  );
}

/** One of the council's own how-to guides, read in the hub. */
function GuideLink({ guide }: { guide: GuideSummary }) {
  const styles = useStyles();
  return (
    <li className={styles.resource}>
      <RouterLink className={styles.title} href={guideViewPath(guide.id)}>
        {guide.title}
      </RouterLink>
      <span className={styles.meta}>How-to guide · Digital Champions</span>
      {guide.summary ? <span>{guide.summary}</span> : null}
    </li>
  );
}

/** For each gap or fading skill, what can help: guides, courses, videos and drop-ins. */
export function LearningPlan({ items, categoryTitles, canMakeObjectives = false }: { items: readonly LearningPlanItem[]; categoryTitles: ReadonlyMap<string, string>; canMakeObjectives?: boolean }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const guidesFor = usePlanGuides(items);
  return (
    <Card className={shared.card}>
      <section aria-labelledby="plan-heading" className={shared.section}>
        <h2 id="plan-heading" className={shared.sectionHeading}>
          Your learning plan
        </h2>
        {items.length === 0 ? (
          <p className={shared.paragraph}>There is nothing you need to learn or refresh right now. You could help others: a Digital Champion supports colleagues who are less confident.</p>
        ) : (
          <>
            <p className={shared.paragraph}>
              For each skill to learn or refresh, here is what can help. Pick one or two to start with. A Digital Champion can
              also help you — ask the hub’s bot in Teams.
            </p>
            <p className={shared.paragraph}>
              <RouterLink href={PAGE_PATHS.myChampion}>Ask to be matched with a Digital Champion</RouterLink>
            </p>
            <ul className={styles.items}>
              {items.map((item) => {
                const guides = guidesFor(item);
                return (
                  <li key={item.statementKey} className={styles.item}>
                    <div className={styles.itemHeading}>
                      <h3 className={shared.subHeading}>{item.text}</h3>
                      <Badge appearance="tint" color={item.reason === 'gap' ? 'brand' : 'informative'}>
                        {item.reason === 'gap' ? 'To learn' : 'To refresh'}
                      </Badge>
                    </div>
                    <span className={styles.meta}>{categoryTitles.get(item.categoryKey) ?? item.categoryKey}</span>
                    {item.resources.length === 0 && guides.length === 0 ? (
                      <p className={shared.paragraph}>We do not have a guide or course for this yet. A Digital Champion can show you how.</p>
                    ) : (
                      <ul className={styles.resources} aria-label={`Help with: ${item.text}`}>
                        {guides.map((guide) => (
                          <GuideLink key={guide.id} guide={guide} />
                        ))}
                        {item.resources.map((resource) => (
                          <Resource key={resource.id} resource={resource} />
                        ))}
                      </ul>
                    )}
                    {canMakeObjectives ? <MakeObjectiveButton item={item} /> : null}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </section>
    </Card>
  );
}

