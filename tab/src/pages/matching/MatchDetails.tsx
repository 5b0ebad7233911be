import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { MyMatch } from '../../../../api/src/contracts/matching';
import { formatDay } from '../../components/report/report-format';
import { useSharedStyles } from '../../components/shared-styles';
import { ChatLink } from '../help-requests/ChatLink';

const useStyles = makeStyles({
  match: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  name: { margin: '0', fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  why: { margin: '0', maxWidth: '70ch' },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalL },
});

/**
 * One match as one side sees it: the other person, why they were matched, a chat with them
 * and a way to decline. `headingLevel` keeps the page's heading order.
 */
export function MatchDetails({
  match,
  other,
  headingLevel,
  onDecline,
}: {
  match: MyMatch;
  other: 'champion' | 'learner';
  headingLevel: 'h3' | 'h4';
  onDecline: (match: MyMatch) => void;
}) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const person = other === 'champion' ? match.champion : match.learner;
  const Heading = headingLevel;
  return (
    <div className={styles.match}>
      <Heading id={`match-${match.id}`} className={styles.name}>
        {person.displayName}
      </Heading>
      <p className={styles.why}>Why: {match.explanation}.</p>
      <p className={`${shared.paragraph} ${shared.muted}`}>
        Matched on <time dateTime={match.createdAt}>{formatDay(match.createdAt)}</time>
      </p>
      <div className={styles.actions}>
        <ChatLink url={match.chatUrl} name={person.displayName} />
        <Button icon={<DismissRegular />} onClick={() => onDecline(match)} aria-label={`Decline the match with ${person.displayName}`}>
          Decline
        </Button>
      </div>
    </div>
  );
}
