import { Card } from '@fluentui/react-components';
import { PageHeading } from '../components/PageHeading';
import { useSharedStyles } from '../components/shared-styles';
import { RouterLink } from '../router/RouterLink';

/**
 * A page that shows one thing, opened from a link that does not say which (its id was cut off
 * when it was copied, say): it says so, rather than asking the server for nothing.
 */
export function IncompleteLinkPage({ what, back }: { what: string; back: { href: string; label: string } }) {
  const shared = useSharedStyles();
  return (
    <>
      <PageHeading title="This link is not complete" />
      <Card className={shared.card}>
        <p className={shared.paragraph}>
          The link does not say which {what} to open. Part of it may have been lost when it was copied. Open the {what} again from
          its list instead.
        </p>
        <p className={shared.paragraph}>
          <RouterLink href={back.href}>{back.label}</RouterLink>
        </p>
      </Card>
    </>
  );
}
