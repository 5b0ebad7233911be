import { Link } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useInternalLinkClick } from './history-router';

/** A Fluent link to another page of the tab, navigated without reloading the page. */
export function RouterLink({
  href,
  className,
  inline,
  children,
}: {
  href: string;
  className?: string;
  inline?: boolean;
  children: ReactNode;
}) {
  const onClick = useInternalLinkClick(href);
  return (
    <Link href={href} className={className} inline={inline} onClick={onClick}>
      {children}
    </Link>
  );
}
