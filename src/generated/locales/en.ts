
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'commissions.body-committee': str`Committee in ${0}`,
'commissions.body-working-group': str`Working group in ${0}`,
'commissions.count-one': str`${0} field`,
'commissions.count-other': str`${0} fields`,
'commissions.filter-label': `Filter the fields`,
'commissions.found-one': str`${0} field found`,
'commissions.found-other': str`${0} fields found`,
'commissions.no-match': str`No field matches “${0}”`,
'commissions.show-all': `Show all fields`,
'contact.add-to-contacts': `Add to contacts`,
'contact.email': `Email`,
'contact.fax': `Fax`,
'contact.telephone': `Telephone`,
'contact.title': `World Secretariat`,
'contact.website': `Website`,
'sections-map.covers-one': str`covers ${0} country or territory`,
'sections-map.covers-other': str`covers ${0} countries and territories`,
'sections-map.legend-label': `Legend`,
'sections-map.list-summary': `List of the sections and their countries`,
'sections-map.map-label': `Map of the regional sections`,
'sections-map.no-section': `No section`,
'sections-map.selection-cleared': `Selection cleared`,
'sections-map.summary-metropolitan': str`${0} Metropolitan Section`,
'sections-map.summary-regional': str`${0} regional sections`,
'sections-map.summary-regions': str`${0} Forum of Regions`,
'sections-map.title': `UCLG's sections`,
'sections-map.worldwide': `worldwide`,
'stats.associations-label': `associations of local and regional governments`,
'stats.at-least': str`${0}+`,
'stats.at-least-spoken': str`more than ${0}`,
'stats.cities-label': `cities, regions and metropolises`,
'stats.countries-label': str`of the ${0} United Nations member states`,
'stats.countries-lead': `Where are we?`,
'stats.people-label': `people worldwide`,
'stats.people-lead': `UCLG represents`,
'stats.population-share-label': `of the world's total population`,
'stats.title': `A strong, united voice before the international community`,
    };
  