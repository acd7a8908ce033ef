const warned = new Set<string>();

/** `console.warn`s each distinct message once: a mistake repeated on every render is told once. */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(message);
}

/** A string as a warning shows it: quoted, escaped, and cut to 60 characters (an address may hold 100 KB). */
export const quoted = (value: string): string => JSON.stringify(value.length > 60 ? `${value.slice(0, 59)}…` : value);

/** Any value as a warning shows it: a string quoted, anything else as JSON or as text. */
export const shown = (value: unknown): string =>
  typeof value === 'string' ? quoted(value) : typeof value === 'object' ? JSON.stringify(value) : String(value);

/**
 * The one wording of every "bad input" warning: element, attribute, value, accepted values, and
 * what the element does instead.
 */
export function warnInvalid(tag: string, attribute: string, value: unknown, accepted: string, outcome: string): void {
  warnOnce(`<${tag}>: ${attribute}=${shown(value)} is not supported (accepted: ${accepted}); ${outcome}.`);
}
