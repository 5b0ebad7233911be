import { Avatar, Badge, Card, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { PersonaDirectory } from '../../../../api/src/contracts/dev-sign-in';
import { useSharedStyles } from '../../components/shared-styles';
import { PersonaSignInButton, type SignInAction } from './PersonaSignInButton';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 280px), 1fr))',
    gap: tokens.spacingHorizontalL,
    margin: '0',
    padding: '0',
    listStyleType: 'none',
  },
  card: { height: '100%', boxSizing: 'border-box', gap: tokens.spacingVerticalM },
  who: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'flex-start' },
  name: {
    margin: '0',
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  details: { margin: '0', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  suggestion: { margin: '0', flexGrow: 1 },
  footer: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
});

export function SuggestedPersonas({
  directory,
  action,
}: {
  directory: PersonaDirectory;
  action: SignInAction;
}) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const roleLabel = (role: string) => directory.groups.find((group) => group.role === role)?.label;

  return (
    <section aria-labelledby="suggested-heading" className={shared.section}>
      <h2 id="suggested-heading" className={shared.sectionHeading}>
        Suggested people to try
      </h2>
      <p className={shared.paragraph}>Each one shows a different part of the hub.</p>
      <ul className={styles.grid}>
        {directory.suggested.map((persona) => (
          <li key={`${persona.id}-${persona.role}`}>
            <Card className={styles.card}>
              <div className={styles.who}>
                <Avatar name={persona.displayName} size={40} color="colorful" aria-hidden="true" />
                <div>
                  <h3 className={styles.name}>{persona.displayName}</h3>
                  <p className={styles.details}>
                    {[persona.jobTitle, persona.service].filter(Boolean).join(' · ') || 'No job title recorded'}
                  </p>
                </div>
              </div>
              {persona.suggestion ? <p className={mergeClasses(shared.paragraph, styles.suggestion)}>{persona.suggestion}</p> : null}
              <div className={styles.footer}>
                {roleLabel(persona.role) ? (
                  <Badge appearance="tint" color="brand">
                    {roleLabel(persona.role)}
                  </Badge>
                ) : null}
                <PersonaSignInButton persona={persona} action={action} appearance="primary" />
              </div>
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
