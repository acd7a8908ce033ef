import {shown, warnInvalid} from './warn.js';

/**
 * One property whose values are checked before each render: the one way every element checks its
 * input (UclgElement's `rules`, which each element extends).
 */
export interface Rule<T> {
  /** The property, and the attribute named in the warning. */
  property: string;
  attribute: string;
  /** True for a value the element can render; `host` for a property that depends on another. */
  accepts: (value: unknown, host: HTMLElement) => boolean;
  /** The accepted values, as the warning lists them. */
  accepted: string;
  /**
   * The value rendered instead. Without one, the property keeps its value and the element does
   * what `outcome` says until another property makes it valid (`zoom` waits for `highlight`).
   */
  fallback?: T;
  /** What the element does instead, as the warning says it (default: `using <fallback>`). */
  outcome?: string;
  /**
   * For a value that is partly right (a list with an unknown id): the value with the right part
   * only, and the wrong parts, named in one warning ("skipping …"). Undefined when
   * nothing can be kept: then `fallback`.
   */
  repair?: (value: unknown) => {value: T; skipped: readonly unknown[]} | undefined;
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

/** The ids a list value holds: space-separated in an attribute, or an array set as a property. */
const listed = (value: unknown): readonly unknown[] | undefined =>
  typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : Array.isArray(value) ? value : undefined;

/**
 * A rule for a property that takes ids among `known` (`figures="people countries"`): unknown ids
 * are skipped, with one warning naming them; a value of another type means every id (`everything` says so).
 */
export function idList<T extends string>(
  property: string,
  known: readonly T[],
  everything: string,
): Rule<readonly T[] | undefined> {
  const isKnown = (id: unknown): id is T => known.includes(id as T);
  return {
    property,
    attribute: property,
    accepts: (v) => v == null || Boolean(listed(v)?.every(isKnown)),
    accepted: `space-separated ids among ${known.join(', ')}`,
    fallback: undefined,
    outcome: everything,
    repair: (v) => {
      const ids = listed(v);
      return ids && {value: ids.filter(isKnown), skipped: ids.filter((id) => !isKnown(id))};
    },
  };
}

/** The ids a value that passed its `idList` rule asks for, in its order, each once; none means every id. */
export function idsOf<T extends string>(value: unknown, known: readonly T[]): readonly T[] {
  const ids = [...new Set(listed(value) as readonly T[] | undefined)];
  return ids.length ? ids : known;
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
    if (rule.accepts(value, host)) continue;
    // The value as the page wrote it: `heading-level=">2"`, not the NaN the property holds.
    const text = host.getAttribute(rule.attribute);
    const given = text !== null && (text === value || Object.is(Number(text), value)) ? text : value;
    const warn = (outcome: string) => warnInvalid(host.localName, rule.attribute, given, rule.accepted, outcome);
    const repaired = rule.repair?.(value);
    if (repaired) {
      // One warning for the value, however many of its ids are wrong.
      warn(`skipping ${repaired.skipped.map(shown).join(', ')}`);
      record[rule.property] = repaired.value;
      continue;
    }
    warn(rule.outcome ?? `using ${JSON.stringify(rule.fallback)}`);
    if ('fallback' in rule) record[rule.property] = rule.fallback;
  }
}
