import type { DropInRegistrant } from '../../../../api/src/contracts/drop-ins';
import { useSharedStyles } from '../../components/shared-styles';

/** Who is coming, in the order they booked; only the host sees this. */
export function RegistrantList({ registrants, title }: { registrants: readonly DropInRegistrant[]; title: string }) {
  const shared = useSharedStyles();
  if (registrants.length === 0) return <p className={shared.paragraph}>Nobody has booked a place yet.</p>;
  return (
    <div>
      <p className={shared.paragraph}>People with a place ({registrants.length}):</p>
      <ul aria-label={`People with a place at ${title}`} className={shared.paragraph}>
        {registrants.map((registrant) => (
          <li key={registrant.person.id}>{registrant.person.displayName}</li>
        ))}
      </ul>
    </div>
  );
}
