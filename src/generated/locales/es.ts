
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'commissions.body-committee': str`Comisión en ${0}`,
'commissions.body-working-group': str`Grupo de trabajo en ${0}`,
'commissions.count-one': str`${0} ámbito`,
'commissions.count-other': str`${0} ámbitos`,
'commissions.filter-label': `Filtrar los ámbitos`,
'commissions.found-one': str`${0} ámbito encontrado`,
'commissions.found-other': str`${0} ámbitos encontrados`,
'commissions.no-match': str`Ningún ámbito coincide con «${0}»`,
'commissions.show-all': `Mostrar todos los ámbitos`,
'contact.add-to-contacts': `Añadir a contactos`,
'contact.email': `Correo electrónico`,
'contact.fax': `Fax`,
'contact.telephone': `Teléfono`,
'contact.title': `Secretariado Mundial`,
'contact.website': `Sitio web`,
'sections-map.covers-one': str`abarca ${0} país o territorio`,
'sections-map.covers-other': str`abarca ${0} países y territorios`,
'sections-map.legend-label': `Leyenda`,
'sections-map.list-summary': `Lista de las secciones y sus países`,
'sections-map.map-label': `Mapa de las secciones regionales`,
'sections-map.no-section': `Ninguna sección`,
'sections-map.selection-cleared': `Selección borrada`,
'sections-map.summary-metropolitan': str`${0} Sección Metropolitana`,
'sections-map.summary-regional': str`${0} secciones regionales`,
'sections-map.summary-regions': str`${0} Foro de Regiones`,
'sections-map.title': `Las secciones de CGLU`,
'sections-map.worldwide': `todo el mundo`,
'stats.associations-label': `asociaciones de gobiernos locales y regionales`,
'stats.at-least': str`+${0}`,
'stats.at-least-spoken': str`más de ${0}`,
'stats.cities-label': `ciudades, regiones y metrópolis`,
'stats.countries-label': str`de los ${0} Estados miembros de las Naciones Unidas`,
'stats.countries-lead': `¿Dónde estamos?`,
'stats.people-label': `de personas en el mundo`,
'stats.people-lead': `CGLU representa`,
'stats.population-share-label': `de la población mundial total`,
'stats.title': `Una voz fuerte y unida ante la comunidad internacional`,
    };
  