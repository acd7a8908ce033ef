const warned = new Set<string>();

/**
 * `console.warn` a message once per element instance-independent text, so a page that repeats
 * the same mistake in a loop or on every render is told once, clearly.
 */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(message);
}

/**
 * The one wording of every "bad input" warning: element, attribute, value, accepted values, and
 * what the element does instead.
 */
export function warnInvalid(
  tag: string,
  attribute: string,
  value: unknown,
  accepted: string,
  outcome: string,
): void {
  const shown =
    typeof value === 'string' ? `"${value}"` : typeof value === 'object' ? JSON.stringify(value) : String(value);
  warnOnce(`<${tag}>: ${attribute}=${shown} is not supported (accepted: ${accepted}); ${outcome}.`);
}
