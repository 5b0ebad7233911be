import { Card } from '@fluentui/react-components';
import { PageHeading } from '../components/PageHeading';
import { useSharedStyles } from '../components/shared-styles';
import { RouterLink } from '../router/RouterLink';
import { PAGE_PATHS } from '../routes';

export function NotFoundPage() {
  const shared = useSharedStyles();
  return (
    <>
      <PageHeading title="Page not found" />
      <Card className={shared.card}>
        <p className={shared.paragraph}>
          We could not find that page. If you typed the address, check it is right. If you followed a link, the page
          may have moved.
        </p>
        <p className={shared.paragraph}>
          <RouterLink href={PAGE_PATHS.home}>Go to the home page</RouterLink>
        </p>
      </Card>
    </>
  );
}
