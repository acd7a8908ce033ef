import {warnInvalid} from './warn.js';

/** One property whose values are checked before each render. */
export interface Rule<T> {
  /** The property, and the attribute named in the warning. */
  property: string;
  attribute: string;
  /** True for a value the element can render. */
  accepts: (value: unknown) => boolean;
  /** The accepted values, as the warning lists them. */
  accepted: string;
  fallback: T;
  /** What the element does instead, as the warning says it (default: `using <fallback>`). */
  outcome?: string;
}

/** A rule for a property that takes one of a fixed list of strings. */
export function oneOf<T extends string>(
  property: string,
  values: readonly T[],
  fallback: T,
  attribute = property,
): Rule<T> {
  return {
    property,
    attribute,
    accepts: (v) => values.includes(v as T),
    accepted: values.join(', '),
    fallback,
  };
}

/**
 * Puts every property that holds a value the element cannot render back to its documented
 * default, with one warning naming the element, the attribute and the accepted values. Called
 * from `willUpdate`, so the render only ever sees valid values, whether they came from an
 * attribute or from a property set by script.
 */
export function enforce(host: HTMLElement, rules: readonly Rule<unknown>[]): void {
  const record = host as unknown as Record<string, unknown>;
  for (const rule of rules) {
    const value = record[rule.property];
    if (rule.accepts(value)) continue;
    warnInvalid(
      host.localName,
      rule.attribute,
      value,
      rule.accepted,
      rule.outcome ?? `using ${JSON.stringify(rule.fallback)}`,
    );
    record[rule.property] = rule.fallback;
  }
}
