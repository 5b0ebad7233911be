import { Link } from '@fluentui/react-components';
import { ChatRegular } from '@fluentui/react-icons';
import { useSharedStyles } from '../../components/shared-styles';

/** A Teams chat with the other person; it opens in Teams, so it says so. */
export function ChatLink({ url, name }: { url: string; name: string }) {
  const shared = useSharedStyles();
  return (
    <Link href={url} target="_blank" rel="noopener noreferrer">
      <ChatRegular aria-hidden="true" /> Open a chat with {name}
      <span className={shared.visuallyHidden}> (opens in Teams)</span>
    </Link>
  );
}
