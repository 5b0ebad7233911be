import { MessageBar, MessageBarBody, type MessageBarProps } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/**
 * A message in a bar of its intent's colour, with its icon. Fluent names a bar by its
 * MessageBarTitle; a bar with no title would point `aria-labelledby` at an element that does
 * not exist, so this one has no such reference.
 */
export function Notice({
  intent,
  layout,
  role,
  children,
}: {
  intent: MessageBarProps['intent'];
  layout?: MessageBarProps['layout'];
  role?: 'status';
  children: ReactNode;
}) {
  return (
    <MessageBar intent={intent} layout={layout} role={role} aria-labelledby={undefined}>
      <MessageBarBody>{children}</MessageBarBody>
    </MessageBar>
  );
}
