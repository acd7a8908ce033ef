/**
 * Which regional section covers each country and territory on the map, by ISO 3166-1 alpha-2
 * code. Source: `uclg-facts.md` §2 (the rule: a section's own list decides; where two sections
 * claim a country, the section through which its association or leading cities take part in
 * UCLG bodies; otherwise the UN M49 region) and its §5 table for every Natural Earth 1:110m
 * feature. The UN member states that 1:110m leaves out (drawn as markers) are assigned here by
 * the same rule; their reasons are in `reasons` below. To move a country, move its code from one
 * list to another and update its reason: `npm run build` checks that every feature and every UN
 * member state is assigned exactly once.
 */
import type {Msg} from '../internal/localize.js';
import type {RegionalSectionId} from './sections.js';

/** Each regional section's countries and territories (alpha-2; XK is Kosovo's user-assigned code). */
export const sectionCountries: Readonly<Record<RegionalSectionId, readonly string[]>> = {
  // uclg-facts.md §2: the 50 of UCLG Africa's "5 regions of Africa" (Somalia's shape includes
  // Somaliland's: see naturalEarthFeatures); markers: Cabo Verde, Comoros, Mauritius, São Tomé
  // and Príncipe, Seychelles (UN M49 Africa).
  africa: [
    'AO',
    'BF',
    'BI',
    'BJ',
    'BW',
    'CD',
    'CF',
    'CG',
    'CI',
    'CM',
    'DJ',
    'DZ',
    'EG',
    'EH',
    'ER',
    'ET',
    'GA',
    'GH',
    'GM',
    'GN',
    'GQ',
    'GW',
    'KE',
    'LR',
    'LS',
    'LY',
    'MA',
    'MG',
    'ML',
    'MR',
    'MW',
    'MZ',
    'NA',
    'NE',
    'NG',
    'RW',
    'SD',
    'SL',
    'SN',
    'SO',
    'SS',
    'SZ',
    'TD',
    'TG',
    'TN',
    'TZ',
    'UG',
    'ZA',
    'ZM',
    'ZW',
    'CV',
    'KM',
    'MU',
    'ST',
    'SC',
  ],
  // §2: the GOLD V Asia-Pacific chapter's areas; markers: Singapore, the Maldives and the Pacific
  // island states (UN M49 South-eastern/Southern Asia and Oceania).
  'asia-pacific': [
    'AU',
    'BD',
    'BN',
    'BT',
    'CN',
    'FJ',
    'ID',
    'IN',
    'JP',
    'KH',
    'KP',
    'KR',
    'LA',
    'LK',
    'MM',
    'MY',
    'NC',
    'NP',
    'NZ',
    'PG',
    'PH',
    'PK',
    'SB',
    'TH',
    'TL',
    'TW',
    'VN',
    'VU',
    'SG',
    'MV',
    'FM',
    'KI',
    'MH',
    'NR',
    'PW',
    'TO',
    'TV',
    'WS',
  ],
  // §2: UCLG-Eurasia's own list of the ten countries it represents.
  eurasia: ['AM', 'AZ', 'BY', 'KG', 'KZ', 'MN', 'RU', 'TJ', 'TM', 'UZ'],
  // §2: CEMR's member countries (2022) and Switzerland by geography; markers: Malta (on CEMR's
  // list), Andorra, Liechtenstein, Monaco, San Marino (UN M49 Europe).
  europe: [
    'AL',
    'AT',
    'BA',
    'BE',
    'BG',
    'CH',
    'CY',
    'CZ',
    'DE',
    'DK',
    'EE',
    'ES',
    'FI',
    'FR',
    'GB',
    'GE',
    'GR',
    'HR',
    'HU',
    'IE',
    'IL',
    'IS',
    'IT',
    'LT',
    'LU',
    'LV',
    'MD',
    'ME',
    'MK',
    'NL',
    'NO',
    'PL',
    'PT',
    'RO',
    'RS',
    'SE',
    'SI',
    'SK',
    'UA',
    'XK',
    'MT',
    'AD',
    'LI',
    'MC',
    'SM',
  ],
  // §2: FLACMA's "América Latina y El Caribe"; markers: the Eastern Caribbean states (UN M49 Caribbean).
  'latin-america': [
    'AR',
    'BO',
    'BR',
    'BS',
    'BZ',
    'CL',
    'CO',
    'CR',
    'CU',
    'DO',
    'EC',
    'FK',
    'GT',
    'GY',
    'HN',
    'HT',
    'JM',
    'MX',
    'NI',
    'PA',
    'PE',
    'PR',
    'PY',
    'SR',
    'SV',
    'TT',
    'UY',
    'VE',
    'AG',
    'BB',
    'DM',
    'GD',
    'KN',
    'LC',
    'VC',
  ],
  // §2: UCLG-MEWA's full-member countries (its Turkish Cypriot members' area is in otherAreas,
  // not a country); marker: Bahrain.
  'middle-east-west-asia': ['AE', 'AF', 'IQ', 'IR', 'JO', 'KW', 'LB', 'OM', 'PS', 'QA', 'SA', 'SY', 'TR', 'YE', 'BH'],
  // §2: UCLG NORAM (FCM and the US associations); Greenland by UN M49.
  'north-america': ['CA', 'GL', 'US'],
};

/** On the map but in no section: no local governments there (uclg-facts.md §2). */
export const unassigned: readonly string[] = ['AQ', 'TF'];

/**
 * What the map makes of Natural Earth 1:110m's features that have no ISO 3166-1 code, by their
 * Natural Earth name (uclg-facts.md §5 `nonIsoFeatures`, §6): a country's code, or an
 * `otherAreas` key.
 */
export const naturalEarthFeatures: Readonly<Record<string, string>> = {
  // Kosovo's user-assigned code.
  Kosovo: 'XK',
  // Natural Earth draws Somaliland apart from Somalia (its de facto split); internationally it is
  // part of Somalia, and both are in UCLG Africa's area, so the build merges its shape into
  // Somalia's: no entry, tooltip or count of its own (uclg-facts.md §5 `nonIsoReasons`, §6).
  Somaliland: 'SO',
  'N. Cyprus': 'northern-cyprus',
};

/**
 * Areas the map colours by their section but never presents as a country or territory: in no
 * list and no count, named in the tooltip by who takes part in UCLG there.
 */
export const otherAreas: Readonly<Record<string, {section: RegionalSectionId}>> = {
  // UCLG-MEWA lists the "Northern Republic of Cyprus" area among its full members, through the
  // union of Turkish Cypriot municipalities (uclg-facts.md §2, §6), hence MEWA's colour. It is not
  // a UN member state, so the tooltip names those municipalities rather than a country.
  'northern-cyprus': {section: 'middle-east-west-asia'},
};

/**
 * The names of `otherAreas`, and the names shown instead of CLDR's (`Intl.DisplayNames`) where
 * UCLG names a place otherwise, in the language of `msg` (see `about.ts`).
 */
export const placeNameText = (msg: Msg): Readonly<Record<string, string>> => ({
  // The tooltip of the Northern Cyprus area (see `otherAreas`).
  'northern-cyprus': msg('Municipalités chypriotes turques', {
    id: 'countries.northern-cyprus',
    desc: "Named in the map's tooltip for the northern Cyprus area: who takes part in UCLG there (UCLG-MEWA's members), not a country. Ours in every language but French.",
  }),
  // UCLG-MEWA names its member "Palestine" (uclg-facts.md §6); CLDR's "Territoires palestiniens",
  // "Palestinian Territories", "Territorios Palestinos" is not how UCLG names it.
  PS: msg('Palestine', {
    id: 'countries.palestine',
    desc: 'UCLG-MEWA\'s name for its member (Palestine), not CLDR\'s "Palestinian Territories"; in any other language, our rendering of it.',
  }),
});

/** Why each contested or non-obvious case is where it is (uclg-facts.md §2 and §5 `reasons`). */
export const reasons: Readonly<Record<string, string>> = {
  AQ: 'none: Antarctica has no local governments and no UCLG section (Antarctic Treaty area).',
  TF: 'none: the French Southern and Antarctic Lands have no permanent population or municipalities.',
  EG: 'africa: Egypt takes part in UCLG Africa (North Africa caucus, Luxor 2021); MEWA lists it only as an associate.',
  EH: 'africa: disputed territory in Africa; both claimants (Morocco, SADR) are African; no separate membership.',
  TR: 'middle-east-west-asia: UCLG-MEWA is headquartered in Istanbul and Turkish cities sit for MEWA in UCLG bodies, although TBB is also a CEMR member.',
  IL: 'europe: ULAI (Israel) is a CEMR member; no MEWA source lists Israel. Best judgement, not confirmed by UCLG.',
  PS: 'middle-east-west-asia: the State of Palestine is a MEWA full-member country (APLA).',
  IR: 'middle-east-west-asia: Tehran’s mayor was UCLG vice-president for MEWA; Iran is in the GOLD V MEWA chapter.',
  AF: 'middle-east-west-asia: a UCLG-MEWA full-member country, covered by the GOLD V MEWA chapter.',
  PK: 'asia-pacific: Pakistan’s local-council associations hosted the UCLG ASPAC Executive Bureau (Islamabad 2018) and UN M49 puts it in Southern Asia; MEWA also lists Pakistan (associate). Contested.',
  AZ: 'eurasia: listed by UCLG-Eurasia; MEWA lists it only as an associate country.',
  TM: 'eurasia: listed by UCLG-Eurasia; MEWA lists it only as an associate country.',
  GE: 'europe: NALAG (Georgia) has been a CEMR member since 2010 and Georgia is absent from UCLG-Eurasia’s current list; older Eurasia material and GOLD V put it in Eurasia. Contested.',
  UA: 'europe: the Association of Ukrainian Cities is a CEMR member and Ukraine is absent from UCLG-Eurasia’s current list; older Eurasia material and GOLD V put it in Eurasia. Contested.',
  MD: 'europe: CALM (Moldova) is a CEMR member; Moldova is absent from UCLG-Eurasia’s current list and from the GOLD V Eurasia chapter.',
  MN: 'eurasia: listed by UCLG-Eurasia and in the GOLD V Eurasia chapter (not ASPAC).',
  CY: 'europe: the Union of Cyprus Municipalities is a CEMR member (the northern area is coloured separately, for MEWA: otherAreas).',
  'northern-cyprus':
    'middle-east-west-asia: UCLG-MEWA lists the “Northern Republic of Cyprus” as a full-member area (Union of Turkish Municipalities of Cyprus); coloured, never counted or named as a country.',
  SO: 'africa: UCLG Africa’s area; Natural Earth’s separate Somaliland shape is drawn as part of Somalia, as it is internationally.',
  MX: 'latin-america: Mexico’s associations belong to FLACMA (restructured in Pachuca, 2017); UCLG NORAM is Canada and the USA.',
  DO: 'latin-america: FEDOMU (Dominican Republic) leads FLACMA.',
  JM: 'latin-america: FLACMA area / UN M49 Caribbean; no confirmed FLACMA member.',
  BS: 'latin-america: UN M49 Caribbean; no confirmed member.',
  TT: 'latin-america: UN M49 Caribbean; no confirmed member.',
  PR: 'latin-america: US territory whose mayors take part in FLACMA (2015 Hemispheric Summit held in Puerto Rico).',
  FK: 'latin-america: UK overseas territory claimed by Argentina; UN M49 South America; no members. Could also be none.',
  GL: 'north-america: Danish autonomous territory; UN M49 Northern America; neither NORAM nor CEMR lists Greenland. Could also be europe.',
  NC: 'asia-pacific: French territory in Melanesia (UN M49 Oceania); no members found. France itself is in Europe.',
  TW: 'asia-pacific: UCLG ASPAC was founded in Taipei (2004) and Taiwanese cities are ASPAC members.',
  XK: 'europe: the Association of Kosovo Municipalities is a CEMR member (XK is a user-assigned code).',
  KP: 'asia-pacific: UN M49 Eastern Asia; no members (UCLG fact-finding mission only).',
  FR: 'europe: CEMR (AFCCRE, CUF). The Natural Earth France feature also contains French Guiana.',
  BH: 'middle-east-west-asia: a MEWA full-member country, in the GOLD V MEWA chapter (uclg-facts.md §2).',
  MT: 'europe: on CEMR’s 2022 member list (uclg-facts.md §2).',
  AD: 'europe: UN M49 Southern Europe; no section list names it.',
  LI: 'europe: UN M49 Western Europe; no section list names it.',
  MC: 'europe: UN M49 Western Europe; no section list names it.',
  SM: 'europe: UN M49 Southern Europe; no section list names it.',
  SG: 'asia-pacific: UN M49 South-eastern Asia, within the GOLD V Asia-Pacific chapter’s area.',
  MV: 'asia-pacific: UN M49 Southern Asia, within the GOLD V Asia-Pacific chapter’s area.',
};

/**
 * The 193 member states of the United Nations (alpha-2). Each must appear on the map, as a
 * shape or as a marker; the build fails otherwise.
 */
export const unMemberStates: readonly string[] = /* @__PURE__ */ (
  'AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD ' +
  'CF CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FM FR GA ' +
  'GB GD GE GH GM GN GQ GR GT GW GY HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI ' +
  'KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MR MT MU ' +
  'MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK PL PT PW PY QA RO RS RU RW SA ' +
  'SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TZ UA ' +
  'UG US UY UZ VC VE VN VU WS YE ZA ZM ZW'
).split(' ');

/**
 * Marker positions for member states that world-atlas's 1:50m file lacks too (the build takes
 * every other marker's position from 1:50m): Tuvalu, at Funafuti (8.52° S, 179.20° E).
 */
export const markerPositions: Readonly<Record<string, readonly [number, number]>> = {
  TV: [179.2, -8.52],
};

let index: Map<string, RegionalSectionId> | undefined;

/** The section of a country or territory on the map, or null when it has none. */
export function sectionOfCountry(id: string): RegionalSectionId | null {
  if (!index) {
    index = new Map(Object.entries(otherAreas).map(([key, area]) => [key, area.section]));
    for (const [section, ids] of Object.entries(sectionCountries)) {
      for (const code of ids) index.set(code, section as RegionalSectionId);
    }
  }
  return index.get(id) ?? null;
}
