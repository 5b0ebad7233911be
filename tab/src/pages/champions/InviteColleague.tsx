import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useApi } from '../../api/api-context';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorState } from '../../components/ErrorState';
import { useSharedStyles } from '../../components/shared-styles';
import { useDebouncedValue } from '../../components/use-debounced-value';
import { InviteDialog, type Invitee } from './InviteDialog';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  search: { maxWidth: '28rem' },
  results: { listStyleType: 'none', margin: '0', padding: '0', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  result: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  muted: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** The digital team finds a colleague by name and invites them; the bot sends the invitation. */
export function InviteColleague({ onInvited }: { onInvited: (message: string) => void }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const [text, setText] = useState('');
  const [invitee, setInvitee] = useState<Invitee | null>(null);
  const q = useDebouncedValue(text.trim(), 400);
  const people = useApiQuery(
    (signal) => (q.length < 2 ? Promise.resolve({ items: [], total: 0 }) : api.searchPeople({ q, limit: 8, offset: 0 }, signal)),
    `invite-search:${q}`,
  );

  return (
    <div className={styles.root}>
      <h3 className={shared.subHeading}>Invite a colleague</h3>
      <Field label="Find a colleague to invite" hint="Type at least two letters of their name or e-mail address" className={styles.search}>
        <Input contentBefore={<SearchRegular aria-hidden="true" />} value={text} onChange={(_, data) => setText(data.value)} />
      </Field>
      {people.status === 'error' ? <ErrorState title="We could not search the directory" error={people.error} onRetry={people.reload} /> : null}
      {q.length >= 2 && people.data ? (
        <ul className={styles.results} aria-label="Colleagues found">
          {people.data.items.length === 0 ? <li className={styles.muted}>Nobody found</li> : null}
          {people.data.items.map((person) => (
            <li key={person.id} className={styles.result}>
              <span>
                {person.displayName}
                <span className={styles.muted}>{[person.jobTitle, person.service?.name].filter(Boolean).map((part) => ` · ${part}`).join('')}</span>
              </span>
              <Button size="small" onClick={() => setInvitee({ id: person.id, displayName: person.displayName })}>
                Invite<span className={shared.visuallyHidden}> {person.displayName}</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <InviteDialog
        invitee={invitee}
        onDone={(message) => {
          setInvitee(null);
          if (message) onInvited(message);
        }}
      />
    </div>
  );
}
