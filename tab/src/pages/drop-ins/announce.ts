/** Says something in the page's polite live region: the outcome of booking, cancelling or creating. */
export type Announce = (intent: 'success' | 'error', text: string) => void;
