import { Button, Spinner } from '@fluentui/react-components';
import type { Persona } from '../../../../api/src/contracts/dev-sign-in';

export interface SignInAction {
  /** The person being signed in as, while the request is on its way. */
  pendingId: string | null;
  signInAs(persona: Persona): void;
}

export function PersonaSignInButton({
  persona,
  action,
  size = 'medium',
  appearance = 'secondary',
}: {
  persona: Persona;
  action: SignInAction;
  size?: 'small' | 'medium';
  appearance?: 'primary' | 'secondary';
}) {
  const pending = action.pendingId === persona.id;
  return (
    <Button
      size={size}
      appearance={appearance}
      // Stays focusable while busy so keyboard users keep their place.
      disabledFocusable={action.pendingId !== null}
      icon={pending ? <Spinner size="tiny" aria-hidden="true" /> : undefined}
      onClick={() => action.signInAs(persona)}
    >
      Sign in as {persona.displayName}
    </Button>
  );
}
