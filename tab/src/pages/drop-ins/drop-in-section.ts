import { makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Reference } from '../../../../api/src/contracts/common';
import { asApiError } from '../../api/use-api-query';
import type { SkillChoice } from '../support-log/SkillCheckboxes';
import type { Announce } from './announce';

/** What the drop-ins page gives each of its sections (finding sessions, hosting them). */
export interface DropInSectionProps {
  skills: readonly SkillChoice[];
  sites: readonly Reference[];
  /** Changes when something elsewhere on the page changed the sessions (a new one, a cancellation). */
  refreshKey: number;
  announce: Announce;
  onChanged: () => void;
}

export const useDropInListStyles = makeStyles({
  list: { listStyleType: 'none', margin: '0', padding: '0', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/**
 * One action on one session at a time: that session's buttons are busy meanwhile, the outcome
 * is announced (the failure says what did not happen, then why), and the page reloads either way.
 */
export function useDropInAction({ announce, onChanged }: Pick<DropInSectionProps, 'announce' | 'onChanged'>) {
  const [busyId, setBusyId] = useState<string | null>(null);
  const run = async (dropInId: string, action: () => Promise<string>, failure: string, settle?: () => void) => {
    setBusyId(dropInId);
    try {
      announce('success', await action());
    } catch (caught) {
      announce('error', `${failure}: ${asApiError(caught).message}`);
    } finally {
      setBusyId(null);
      settle?.();
      onChanged();
    }
  };
  return { busyId, run };
}
