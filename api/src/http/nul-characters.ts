/**
 * Where a request carries a NUL character (U+0000), as a field path such as `query.q`, or
 * undefined. PostgreSQL cannot store or compare text holding one and fails the whole
 * statement, so such a value is refused at the door as a 400 naming its field. Walked with
 * a stack, not recursion: a body may be nested as deep as its size allows.
 */
export function nulCharacterIn(part: string, value: unknown): string | undefined {
  const pending: [unknown, string][] = [[value, part]];
  while (pending.length > 0) {
    const [current, at] = pending.pop()!;
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return at;
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => pending.push([item, `${at}.${index}`]));
    } else if (current !== null && typeof current === 'object') {
      for (const [key, item] of Object.entries(current)) {
        if (key.includes('\u0000')) return at;
        pending.push([item, `${at}.${key}`]);
      }
    }
  }
  return undefined;
}
