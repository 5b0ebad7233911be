/**
 * Which addresses a guide may link to: web and e-mail addresses, and paths within the hub;
 * never javascript:, data:, vbscript: or anything else.
 */
export interface SafeHref {
  href: string;
  /** Another site (or an e-mail): opened in a new tab, and the link says so. */
  external: boolean;
}

export function safeHref(raw: string): SafeHref | undefined {
  const address = raw.trim();
  if (/^\/(?!\/)[^\s\\]*$/.test(address)) return { href: address, external: false };
  if (!/^(https?:\/\/|mailto:)/i.test(address)) return undefined;
  try {
    const url = new URL(address);
    if (!['http:', 'https:', 'mailto:'].includes(url.protocol)) return undefined;
    return { href: url.href, external: true };
  } catch {
    // Not a well-formed address: the words are shown without a link.
    return undefined;
  }
}
