/**
 * Teams always loads a tab inside an iframe (or, for some auth flows, a pop-up it opened).
 * A top-level window that nobody opened cannot be Teams, and telling so synchronously
 * spares the 60 seconds `app.initialize()` waits before giving up outside Teams.
 */
export function isTopLevelWindow(win: Window): boolean {
  return win.parent === win && !win.opener;
}
