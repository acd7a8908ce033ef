import {warnInvalid} from './warn.js';

/**
 * The ids an attribute like `figures="people countries"` asks for, in its order: space-separated
 * in the attribute, or an array as a property. Repeated ids count once; unknown ids are warned
 * about and skipped; empty, absent or nothing known means every id, and a value of another type
 * is warned about and means every id too (`everything` says so in the warning).
 */
export function pickIds<T extends string>(
  host: HTMLElement,
  attribute: string,
  value: unknown,
  known: readonly T[],
  everything: string,
): readonly T[] {
  const accepted = `space-separated ids among ${known.join(', ')}`;
  let asked: readonly unknown[] = [];
  if (typeof value === 'string') asked = value.split(/\s+/).filter(Boolean);
  else if (Array.isArray(value)) asked = value;
  else if (value != null) warnInvalid(host.localName, attribute, value, accepted, everything);
  const chosen = [...new Set(asked)].filter((id): id is T => {
    const ok = known.includes(id as T);
    if (!ok) warnInvalid(host.localName, attribute, id, accepted, 'skipping it');
    return ok;
  });
  return chosen.length ? chosen : known;
}
