import { Button, Card, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ChampionProfile } from '../../../../api/src/contracts/champions';
import { useApi } from '../../api/api-context';
import { changeChampionStatus, type ChampionAction } from '../../api/champions-api';
import { ErrorState } from '../../components/ErrorState';
import { useSharedStyles } from '../../components/shared-styles';
import { StatusNotice } from '../../components/StatusNotice';
import { ChampionActionDialog } from './ChampionActionDialog';
import { useChampionChange } from './use-champion-change';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

const OWN_WORDS: Record<Extract<ChampionAction, 'pause' | 'resume' | 'step-down'>, { button: string; question: string; explain: string; done: string }> = {
  pause: {
    button: 'Pause my support',
    question: 'Pause your champion support?',
    explain: 'Nobody new is sent to you until you resume. People you are already helping stay with you.',
    done: 'Your support is paused. Resume it here whenever you are ready.',
  },
  resume: {
    button: 'Resume my support',
    question: 'Resume your champion support?',
    explain: 'People who need help can be sent to you again.',
    done: 'Welcome back. Your support is on again.',
  },
  'step-down': {
    button: 'Step down',
    question: 'Step down as a Digital Champion?',
    explain: 'You will no longer be sent requests or matched with learners. You can volunteer again at any time.',
    done: 'You have stepped down. Thank you for everything you did.',
  },
};

/** The champion pauses, resumes or stops their own support. */
export function AvailabilityActions({ profile, onChanged }: { profile: ChampionProfile; onChanged: () => void }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useApi();
  const [pending, setPending] = useState<keyof typeof OWN_WORDS | null>(null);
  const { busy, error, notice, run } = useChampionChange(onChanged);
  const available: (keyof typeof OWN_WORDS)[] = profile.status === 'active' ? ['pause', 'step-down'] : profile.status === 'paused' ? ['resume', 'step-down'] : [];
  if (available.length === 0 && !notice) return null;

  const confirm = async (note: string) => {
    if (!pending) return;
    await run(async () => {
      await changeChampionStatus(api, profile.person.id, pending, note || undefined);
      return OWN_WORDS[pending].done;
    }, () => setPending(null));
  };

  return (
    <Card className={shared.card}>
      <section aria-labelledby="champion-availability" className={shared.section}>
        <h2 id="champion-availability" className={shared.sectionHeading}>
          Your availability
        </h2>
        <StatusNotice message={notice} />
        {error ? <ErrorState title="That did not work" error={error} /> : null}
        <p className={shared.paragraph}>Busy, or on leave? Pause your support and resume it when you are back. You can stop being a champion at any time.</p>
        <div className={styles.actions}>
          {available.map((action) => (
            <Button key={action} appearance={action === 'resume' ? 'primary' : 'secondary'} onClick={() => setPending(action)}>
              {OWN_WORDS[action].button}
            </Button>
          ))}
        </div>
      </section>
      <ChampionActionDialog
        open={pending !== null}
        title={pending ? OWN_WORDS[pending].question : ''}
        confirmLabel={pending ? OWN_WORDS[pending].button : ''}
        busy={busy}
        onConfirm={(note) => void confirm(note)}
        onCancel={() => setPending(null)}
      >
        {pending ? OWN_WORDS[pending].explain : null}
      </ChampionActionDialog>
    </Card>
  );
}
