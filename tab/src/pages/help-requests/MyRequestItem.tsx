import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { DismissCircleRegular } from '@fluentui/react-icons';
import { HELP_REQUEST_STATUS_LABELS, type HelpRequest } from '../../../../api/src/contracts/help-requests';
import { formatDateTime } from '../../components/format';
import { useSharedStyles } from '../../components/shared-styles';
import { ChatLink } from './ChatLink';
import { canCancel, ratingInWords, stepAt } from './help-request-format';
import { RateHelpForm } from './RateHelpForm';
import { RequestGuideLinks, useRequestItemStyles } from './request-item-parts';

const useStyles = makeStyles({
  status: { fontWeight: tokens.fontWeightSemibold },
  smallHeading: { margin: '0', fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

/** What is happening with the request, in a sentence the person can act on. */
function whatIsHappening(request: HelpRequest): string {
  switch (request.status) {
    case 'offered':
      return request.offeredTo
        ? `We have asked ${request.offeredTo.displayName}. If they cannot help, we will ask another champion.`
        : 'We are asking a champion. If they cannot help, we will ask another.';
    case 'open-to-all':
      return 'We have asked every Digital Champion. The first one who is free will pick it up.';
    case 'claimed':
      return `${request.claimedBy?.displayName ?? 'A champion'} is helping you. They will be in touch, or you can message them now.`;
    case 'resolved':
      return `${request.claimedBy?.displayName ?? 'Your champion'} marked it as resolved${request.resolvedAt ? ` on ${formatDateTime(request.resolvedAt)}` : ''}.`;
    case 'cancelled': {
      const at = stepAt(request, 'cancelled');
      return at ? `You cancelled it on ${formatDateTime(at)}.` : 'You cancelled it.';
    }
  }
}

/** One of the person's own requests: where it is, who is helping, and what they can do next. */
export function MyRequestItem({
  request,
  onCancel,
  onRated,
}: {
  request: HelpRequest;
  onCancel: (request: HelpRequest) => void;
  onRated: (request: HelpRequest) => void;
}) {
  const styles = useStyles();
  const itemStyles = useRequestItemStyles();
  const shared = useSharedStyles();
  const headingId = `request-${request.id}`;
  return (
    <li className={itemStyles.item}>
      <h3 id={headingId} tabIndex={-1} className={`${shared.subHeading} ${itemStyles.heading}`}>
        {request.categoryTitle}
        <span className={shared.visuallyHidden}>, </span> <span className={shared.muted}>asked {formatDateTime(request.createdAt)}</span>
      </h3>
      <p className={`${shared.paragraph} ${itemStyles.question}`}>{request.question}</p>
      <p className={shared.paragraph}>
        Status: <span className={styles.status}>{HELP_REQUEST_STATUS_LABELS[request.status]}</span>. {whatIsHappening(request)}
      </p>
      {request.chatUrl && request.claimedBy && request.status !== 'cancelled' ? (
        <p className={shared.paragraph}>
          <ChatLink url={request.chatUrl} name={request.claimedBy.displayName} />
        </p>
      ) : null}
      {request.status === 'resolved' && request.resolutionNote ? (
        <p className={shared.paragraph}>What they did: {request.resolutionNote}</p>
      ) : null}
      {request.guides.length > 0 ? (
        <>
          <h4 className={styles.smallHeading}>Guides that may help</h4>
          <RequestGuideLinks guides={request.guides} />
        </>
      ) : null}
      {request.status === 'resolved' && request.rating !== null ? (
        <p className={shared.paragraph}>
          You rated it {ratingInWords(request.rating)}.{request.ratingComment ? ` You wrote: “${request.ratingComment}”` : ''}
        </p>
      ) : null}
      {request.status === 'resolved' && request.rating === null ? <RateHelpForm request={request} onRated={onRated} /> : null}
      {canCancel(request) ? (
        <div>
          <Button icon={<DismissCircleRegular />} onClick={() => onCancel(request)} aria-describedby={headingId}>
            Cancel this request
          </Button>
        </div>
      ) : null}
    </li>
  );
}
