import { Card, makeStyles, tokens } from '@fluentui/react-components';
import type { ChampionProfile } from '../../../../api/src/contracts/champions';
import { formatDay } from '../../components/report/report-format';
import { useSharedStyles } from '../../components/shared-styles';
import { RouterLink } from '../../router/RouterLink';
import { weekdayList } from './champion-format';

const useStyles = makeStyles({
  list: { margin: '0', paddingInlineStart: tokens.spacingHorizontalL },
});

const LEVEL_WORDS = { confident: 'confident', capable: 'capable' } as const;

/** What the hub knows a champion is strong in (from their audit), and how it sends people to them. */
export function ChampionStrengths({ profile }: { profile: ChampionProfile }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <Card className={shared.card}>
      <section aria-labelledby="champion-strengths" className={shared.section}>
        <h2 id="champion-strengths" className={shared.sectionHeading}>
          Your strengths
        </h2>
        {profile.auditedAt ? (
          <>
            <p className={shared.paragraph}>From your skills audit of {formatDay(profile.auditedAt)}. People who need help with these are sent to you first.</p>
            {profile.strengths.length > 0 ? (
              <ul className={styles.list}>
                {profile.strengths.map((strength) => (
                  <li key={strength.categoryKey}>
                    {strength.title} ({LEVEL_WORDS[strength.level]})
                  </li>
                ))}
              </ul>
            ) : (
              <p className={shared.paragraph}>Your audit did not show a strength in any area yet.</p>
            )}
          </>
        ) : (
          <p className={shared.paragraph}>
            Take the <RouterLink href="/audit">skills audit</RouterLink> so the hub knows what you are strong in.
          </p>
        )}
        <p className={shared.paragraph}>
          You are supporting {profile.load} of up to {profile.capacity} people at once, on {weekdayList(profile.workingDays)}.
          {profile.site ? ` In person at ${profile.site.name}.` : ''}
          {profile.service ? ` You know ${profile.service.name}’s systems.` : ''}
        </p>
      </section>
    </Card>
  );
}
