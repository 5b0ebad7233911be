import { MessageBar, MessageBarBody, type MessageBarProps } from '@fluentui/react-components';

/**
 * The result of the last thing the person did. The status region is always on the page, even
 * when empty, so that screen readers announce each message as it is written into it.
 */
export function StatusNotice({
  message,
  intent = 'success',
  layout,
}: {
  message: string | null | undefined;
  intent?: MessageBarProps['intent'];
  layout?: MessageBarProps['layout'];
}) {
  return (
    <div role="status" aria-live="polite" aria-atomic="true">
      {message ? (
        <MessageBar intent={intent} layout={layout}>
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
