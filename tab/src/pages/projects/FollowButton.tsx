import { Button } from '@fluentui/react-components';
import { AlertOffRegular, AlertRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ProjectFollowing } from '../../../../api/src/contracts/projects';
import { useApi } from '../../api/api-context';
import { followProject, unfollowProject } from '../../api/projects-api';
import { asApiError } from '../../api/use-api-query';
import { useSharedStyles } from '../../components/shared-styles';

/** Says what happened in the page's polite live region. */
export type Announce = (intent: 'success' | 'error', text: string) => void;

/**
 * Follow or unfollow, named with the project ("Follow Online housing repairs") so a
 * screen-reader user hears which one, in a list of many. One button whose words change,
 * so focus stays on it.
 */
export function FollowButton({
  project,
  announce,
  onChanged,
}: {
  project: { id: string; name: string; followedByMe: boolean };
  announce: Announce;
  onChanged: (following: ProjectFollowing) => void;
}) {
  const shared = useSharedStyles();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const following = project.followedByMe;

  const toggle = async () => {
    setBusy(true);
    try {
      const result = following ? await unfollowProject(api, project.id) : await followProject(api, project.id);
      onChanged(result);
      announce(
        'success',
        result.following
          ? `You are following ${project.name}. You will be told in Teams when an update about it is published.`
          : `You are no longer following ${project.name}.`,
      );
    } catch (caught) {
      announce('error', `${following ? 'You are still following' : 'You are not following'} ${project.name}: ${asApiError(caught).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button
      appearance={following ? 'secondary' : 'primary'}
      icon={following ? <AlertOffRegular /> : <AlertRegular />}
      disabledFocusable={busy}
      onClick={() => void toggle()}
    >
      {following ? 'Unfollow' : 'Follow'}
      <span className={shared.visuallyHidden}> {project.name}</span>
    </Button>
  );
}
