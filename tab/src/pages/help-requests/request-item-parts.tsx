import { makeStyles, tokens } from '@fluentui/react-components';
import type { HelpRequest } from '../../../../api/src/contracts/help-requests';
import { RouterLink } from '../../router/RouterLink';
import { guideViewPath } from '../guides/guide-paths';

/** The look both lists of requests share: the person's own and a champion's queue. */
export const useRequestItemStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // Focus lands here after a change, only so screen readers read on from the request.
  heading: { outlineStyle: 'none' },
  question: {
    margin: '0',
    paddingInlineStart: tokens.spacingHorizontalM,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorNeutralStroke1,
  },
  guides: { margin: '0', paddingInlineStart: tokens.spacingHorizontalXL },
});

/** Links to the how-to guides that match the request's skill. */
export function RequestGuideLinks({ guides }: { guides: HelpRequest['guides'] }) {
  const styles = useRequestItemStyles();
  return (
    <ul className={styles.guides}>
      {guides.map((guide) => (
        <li key={guide.id}>
          <RouterLink href={guideViewPath(guide.id)}>{guide.title}</RouterLink>
        </li>
      ))}
    </ul>
  );
}
