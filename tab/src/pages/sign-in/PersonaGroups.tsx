import { Avatar, Button, Card, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { PersonaGroup } from '../../../../api/src/contracts/dev-sign-in';
import { useSharedStyles } from '../../components/shared-styles';
import { PersonaSignInButton, type SignInAction } from './PersonaSignInButton';

/** Enough to pick from at a glance; the rest are one click (or a search) away. */
const FIRST_FEW = 5;

const useStyles = makeStyles({
  groups: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 440px), 1fr))',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
  card: { gap: tokens.spacingVerticalS },
  groupHeading: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
  count: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  list: { margin: '0', padding: '0', listStyleType: 'none' },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalS,
    borderTopWidth: tokens.strokeWidthThin,
    borderTopStyle: 'solid',
    borderTopColor: tokens.colorNeutralStroke2,
    '@media (max-width: 479px)': { gridTemplateColumns: 'minmax(0, 1fr)', justifyItems: 'start' },
  },
  who: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: '0' },
  name: { fontWeight: tokens.fontWeightSemibold },
  details: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  more: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

function countText(group: PersonaGroup): string {
  return group.total === 1 ? '1 person' : `${group.total} people`;
}

function Group({ group, action }: { group: PersonaGroup; action: SignInAction }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const [showAll, setShowAll] = useState(false);
  const headingId = `group-${group.role}`;
  const listId = `group-${group.role}-people`;
  const people = showAll ? group.people : group.people.slice(0, FIRST_FEW);
  const hidden = group.people.length - FIRST_FEW;
  const notListed = group.total - group.people.length;

  return (
    <Card className={mergeClasses(shared.card, styles.card)}>
      <section aria-labelledby={headingId}>
        <div className={styles.groupHeading}>
          <h3 id={headingId} className={shared.subHeading}>
            {group.label}
          </h3>
          <span className={styles.count}>({countText(group)})</span>
        </div>
        <ul id={listId} className={styles.list}>
          {people.map((persona) => (
            <li key={persona.id} className={styles.row}>
              <div className={styles.who}>
                <Avatar name={persona.displayName} size={28} aria-hidden="true" />
                <div>
                  <div className={styles.name}>{persona.displayName}</div>
                  <div className={styles.details}>{[persona.jobTitle, persona.service].filter(Boolean).join(' · ')}</div>
                </div>
              </div>
              <PersonaSignInButton persona={persona} action={action} size="small" />
            </li>
          ))}
        </ul>
        <div className={styles.more}>
          {hidden > 0 ? (
            <Button
              appearance="transparent"
              size="small"
              aria-expanded={showAll}
              aria-controls={listId}
              onClick={() => setShowAll((value) => !value)}
            >
              {showAll ? `Show fewer` : `Show ${hidden} more`}
              <span className={shared.visuallyHidden}> in {group.label}</span>
            </Button>
          ) : null}
          {notListed > 0 && (showAll || hidden <= 0) ? (
            <span className={styles.count}>and {notListed} more: search to find them</span>
          ) : null}
        </div>
      </section>
    </Card>
  );
}

export function PersonaGroups({ groups, action }: { groups: PersonaGroup[]; action: SignInAction }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <section aria-labelledby="groups-heading" className={shared.section}>
      <h2 id="groups-heading" className={shared.sectionHeading}>
        Everyone, by role
      </h2>
      <div className={styles.groups}>
        {groups.map((group) => (
          <Group key={group.role} group={group} action={action} />
        ))}
      </div>
    </section>
  );
}
