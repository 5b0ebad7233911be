import type { MessageBarProps } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { Notice } from './Notice';
import { RESULT_ATTRIBUTE } from './use-focus-return';

/**
 * The result of the last thing the person did. The status region is always on the page, even
 * when empty, so that screen readers announce each message as it is written into it. With a
 * message in it, it is where focus goes after a confirmed action.
 */
export function StatusNotice({
  message,
  intent = 'success',
  layout,
}: {
  message: ReactNode;
  intent?: MessageBarProps['intent'];
  layout?: MessageBarProps['layout'];
}) {
  return (
    <div role="status" aria-live="polite" aria-atomic="true" {...(message ? { [RESULT_ATTRIBUTE]: 'status', tabIndex: -1 } : {})}>
      {message ? (
        <Notice intent={intent} layout={layout}>
          {message}
        </Notice>
      ) : null}
    </div>
  );
}
