import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkRegular, ArrowForwardRegular } from '@fluentui/react-icons';
import type { HelpRequest } from '../../../../api/src/contracts/help-requests';
import { formatDateTime } from '../../components/format';
import { useSharedStyles } from '../../components/shared-styles';
import { ChatLink } from './ChatLink';
import { RequestGuideLinks, useRequestItemStyles } from './request-item-parts';
import { ResolveForm } from './ResolveForm';

export type QueueKind = 'offered' | 'open' | 'mine';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

export interface QueueActions {
  busy: boolean;
  onAccept: (request: HelpRequest) => void;
  onPass: (request: HelpRequest) => void;
  onResolved: (request: HelpRequest) => void;
}

/** One request in a champion's queue, with what they can do about it from where it sits. */
export function QueueItem({ request, kind, actions }: { request: HelpRequest; kind: QueueKind; actions: QueueActions }) {
  const styles = useStyles();
  const itemStyles = useRequestItemStyles();
  const shared = useSharedStyles();
  const headingId = `queue-${request.id}`;
  const who = request.requester.displayName;
  return (
    <li className={itemStyles.item}>
      <h3 id={headingId} tabIndex={-1} className={`${shared.subHeading} ${itemStyles.heading}`}>
        {who}: {request.categoryTitle}
      </h3>
      <p className={`${shared.paragraph} ${itemStyles.question}`}>{request.question}</p>
      <p className={`${shared.paragraph} ${shared.muted}`}>
        Asked {formatDateTime(request.createdAt)}
        {kind === 'offered' && request.offerExpiresAt ? `. If you have not answered by ${formatDateTime(request.offerExpiresAt)}, it goes to another champion.` : '.'}
        {kind === 'mine' && request.claimedAt ? ` You took it on ${formatDateTime(request.claimedAt)}.` : ''}
      </p>
      {kind === 'mine' && request.chatUrl ? (
        <p className={shared.paragraph}>
          <ChatLink url={request.chatUrl} name={who} />
        </p>
      ) : null}
      {request.guides.length > 0 ? (
        <>
          <p className={shared.paragraph}>Guides you could share:</p>
          <RequestGuideLinks guides={request.guides} />
        </>
      ) : null}
      {kind === 'mine' ? (
        <ResolveForm request={request} onResolved={actions.onResolved} />
      ) : (
        <div className={styles.actions}>
          <Button appearance="primary" icon={<CheckmarkRegular />} disabledFocusable={actions.busy} onClick={() => actions.onAccept(request)} aria-describedby={headingId}>
            Accept
          </Button>
          {kind === 'offered' ? (
            <Button icon={<ArrowForwardRegular />} disabledFocusable={actions.busy} onClick={() => actions.onPass(request)} aria-describedby={headingId}>
              Pass
            </Button>
          ) : null}
        </div>
      )}
    </li>
  );
}
