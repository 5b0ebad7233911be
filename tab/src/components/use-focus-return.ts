import { useCallback, useLayoutEffect, useRef } from 'react';

/** Marks where a page shows the outcome of what the person just did (a status message, an error). */
export const RESULT_ATTRIBUTE = 'data-action-result';

function isUsable(element: Element | null): element is HTMLElement {
  return element instanceof HTMLElement && element.isConnected && element !== document.body && !element.closest('[inert]');
}

/** The outcome the page shows now, outside any dialog: an error first, because it needs reading first. */
function shownResult(): HTMLElement | null {
  const results = [...document.querySelectorAll(`[${RESULT_ATTRIBUTE}]`)].filter(
    (element): element is HTMLElement => isUsable(element) && !element.closest('[role="dialog"], [role="alertdialog"]'),
  );
  return results.find((element) => element.getAttribute(RESULT_ATTRIBUTE) === 'error') ?? results[0] ?? null;
}

function pageHeading(): HTMLElement | null {
  return document.querySelector<HTMLElement>('h1[tabindex="-1"]');
}

/**
 * Where focus goes when a dialog opened from code closes (Fluent only restores it for a
 * `DialogTrigger`): back to the control that opened it after Escape or Cancel; after the
 * action, to where its result is shown. When that control has gone (its row was removed),
 * to the page's heading, never to the page's body. Call `confirmed()` when the action is
 * taken; the next close then counts as done rather than cancelled.
 */
export function useFocusReturn(open: boolean): { confirmed: () => void } {
  const done = useRef(false);

  useLayoutEffect(() => {
    if (!open) return undefined;
    // Layout effects run before Fluent's own effect moves focus into the dialog.
    const opener = document.activeElement;
    done.current = false;
    return () => {
      const afterAction = done.current;
      // The page's new state (a message, a removed row) is in the document one frame later.
      requestAnimationFrame(() => {
        const candidates = [afterAction ? shownResult() : null, isUsable(opener) ? opener : null, pageHeading()];
        // A control that was disabled meanwhile refuses focus: the next candidate takes it.
        candidates.find((candidate) => {
          candidate?.focus();
          return candidate !== null && document.activeElement === candidate;
        });
      });
    };
  }, [open]);

  return { confirmed: useCallback(() => void (done.current = true), []) };
}
