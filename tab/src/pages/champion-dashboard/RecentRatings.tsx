import { Card, makeStyles, tokens } from '@fluentui/react-components';
import type { ChampionRating } from '../../../../api/src/contracts/champion-dashboards';
import { formatDateTime } from '../../components/format';
import { useSharedStyles } from '../../components/shared-styles';
import { ratingInWords } from '../help-requests/help-request-format';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: '0', padding: '0', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  rating: { fontWeight: tokens.fontWeightSemibold },
  comment: { margin: '0', fontStyle: 'italic' },
});

/** What people said about the help, newest first. */
export function RecentRatings({ ratings }: { ratings: ChampionRating[] }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <Card className={shared.card}>
      <section aria-labelledby="ratings-heading" className={shared.section}>
        <h2 id="ratings-heading" className={shared.sectionHeading}>
          Recent ratings
        </h2>
        {ratings.length === 0 ? (
          <p className={shared.paragraph}>Nobody has rated your help yet. People are asked to once you mark their request as resolved.</p>
        ) : (
          <ul className={styles.list} aria-labelledby="ratings-heading">
            {ratings.map((rating) => (
              <li key={rating.requestId} className={styles.item}>
                <span className={styles.rating}>{ratingInWords(rating.rating)}</span>
                <span className={shared.muted}>
                  {rating.categoryTitle}, rated {formatDateTime(rating.ratedAt)}
                </span>
                {rating.comment ? <blockquote className={styles.comment}>“{rating.comment}”</blockquote> : <span className={shared.muted}>No comment</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </Card>
  );
}
