/**
 * A Teams deep link that opens a one-to-one chat with someone (by their sign-in address),
 * optionally with a first message typed in for the person to send.
 */
export function teamsChatUrl(email: string, message?: string): string {
  const query = new URLSearchParams({ users: email });
  if (message) query.set('message', message);
  return `https://teams.microsoft.com/l/chat/0/0?${query.toString()}`;
}
