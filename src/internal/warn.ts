const warned = new Set<string>();

/** `console.warn`s each distinct message once: a mistake repeated on every render is told once. */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(message);
}

/**
 * The one wording of every "bad input" warning: element, attribute, value, accepted values, and
 * what the element does instead.
 */
export function warnInvalid(tag: string, attribute: string, value: unknown, accepted: string, outcome: string): void {
  const shown =
    typeof value === 'string' ? `"${value}"` : typeof value === 'object' ? JSON.stringify(value) : String(value);
  warnOnce(`<${tag}>: ${attribute}=${shown} is not supported (accepted: ${accepted}); ${outcome}.`);
}
