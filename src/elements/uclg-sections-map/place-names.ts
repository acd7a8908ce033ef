/**
 * Names and sorted lists of the places on the map, per language: each built once per language,
 * when first needed (a name on the first hover, the sorted lists when the list opens or Up/Down
 * browse), and shared, so no render or later hover formats or sorts anything.
 */
import {placeNameText, sectionCountries} from '../../data/countries.js';
import {regionalSectionIds, type RegionalSectionId} from '../../data/sections.js';
import {collator, displayNames} from '../../internal/intl.js';
import {type Locale, msgIn} from '../../internal/localize.js';

export interface PlaceNames {
  /** A place's name in this language. */
  name(id: string): string;
  /** Each regional section's countries and territories (names; `otherAreas` are none), sorted in this language. */
  members: Readonly<Record<RegionalSectionId, readonly string[]>>;
  /** The same, as ids. */
  ids: Readonly<Record<RegionalSectionId, readonly string[]>>;
}

const cache = new Map<Locale, PlaceNames>();

export function placeNames(locale: Locale): PlaceNames {
  let names = cache.get(locale);
  if (names) return names;
  const regions = displayNames(locale, {type: 'region'});
  const ours = placeNameText(msgIn(locale));
  const known = new Map<string, string>();
  const name = (id: string) => {
    let text = known.get(id);
    if (text === undefined) {
      text = ours[id] ?? regions.of(id) ?? id;
      known.set(id, text);
    }
    return text;
  };
  let sorted: Omit<PlaceNames, 'name'> | undefined;
  /** Sorting needs a Collator, whose first use in a page is slow: only the list and Up/Down sort. */
  const sort = () => {
    if (!sorted) {
      const compare = collator(locale).compare;
      const ids = {} as Record<RegionalSectionId, string[]>;
      const members = {} as Record<RegionalSectionId, string[]>;
      for (const section of regionalSectionIds) {
        ids[section] = [...sectionCountries[section]].sort((a, b) => compare(name(a), name(b)));
        members[section] = ids[section].map(name);
      }
      sorted = {ids, members};
    }
    return sorted;
  };
  names = {
    name,
    get members() {
      return sort().members;
    },
    get ids() {
      return sort().ids;
    },
  };
  cache.set(locale, names);
  return names;
}
