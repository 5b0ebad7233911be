import { makeStyles, tokens } from '@fluentui/react-components';
import type { DropIn } from '../../../../api/src/contracts/drop-ins';
import { sessionTimeText } from '../support-log/uk-time';
import { placesText, whereText } from './drop-in-text';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: '0',
  },
  // Each pair is grouped for screen readers, but laid out by the list's grid.
  pair: { display: 'contents' },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: { margin: '0' },
});

/** When, where, who runs it, places and skills, as a description list screen readers read in pairs. */
export function DropInDetails({ dropIn }: { dropIn: DropIn }) {
  const styles = useStyles();
  const rows: Array<[string, string]> = [
    ['When', `${sessionTimeText(dropIn.startsAt, dropIn.endsAt)} (UK time)`],
    ['Where', whereText(dropIn)],
    ['Run by', dropIn.host.displayName],
    ['Places', placesText(dropIn)],
  ];
  if (dropIn.skills.length > 0) rows.push(['Skills', dropIn.skills.map((skill) => skill.title).join(', ')]);
  return (
    <dl className={styles.list}>
      {rows.map(([term, detail]) => (
        <div key={term} className={styles.pair}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.detail}>{detail}</dd>
        </div>
      ))}
    </dl>
  );
}
