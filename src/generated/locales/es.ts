
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's029e480808da7a38': `Correo electrónico`,
's07e46807b4a9183c': str`+${0}`,
's0f7c25da67e157e7': `Mapa de las secciones regionales`,
's1d505fb659b877a0': str`${0} secciones regionales`,
's23fcf6a8fb5328e5': str`${0} Foro de Regiones`,
's4d058f46cb43c93e': str`más de ${0}`,
's590ee824cb32d71d': `Las secciones de CGLU`,
's602431f0eda0656c': `Sitio web`,
's61cf5c62d5d2b2e3': str`de los ${0} Estados miembros de las Naciones Unidas`,
's658e95430300f761': `Ninguna sección`,
's6cc4f18a0ff5b1d8': str`${0} Sección Metropolitana`,
's711a585b8c6158d4': `Añadir a contactos`,
's78b0ea708d83d9e8': `¿Dónde estamos?`,
's7e0039d3d5ced4ed': `de personas en el mundo`,
's9059cc1cfcb7dc77': `Teléfono`,
's915af0359de0d368': `Secretariado Mundial`,
's99307816c2903aac': `de la población mundial total`,
's99677625d73e0b8f': str`${0} ámbitos`,
'saaad952c12eebc26': `ciudades, regiones y metrópolis`,
'sac9e3b6c1d777510': `Lista de las secciones y sus países`,
'sae90b66cf7c377fd': `todo el mundo`,
'safe08eabc982f5a4': `Selección borrada`,
'sb476a79463f3c8c6': str`${0} ámbito`,
'scf01f322126cc1f0': str`Grupo de trabajo en ${0}`,
'sd2d4030367c511df': `Filtrar los ámbitos`,
'sd5b4222429ed3059': str`${0} ámbito encontrado`,
'sdee88e1aae2b4270': `Mostrar todos los ámbitos`,
'se3369084d47edf18': str`Ningún ámbito coincide con «${0}»`,
'se60d7c823225c4e3': `asociaciones de gobiernos locales y regionales`,
'se6ef4b3f3e89c40f': `CGLU representa`,
'section-covers-one': str`abarca ${0} país o territorio`,
'section-covers-other': str`abarca ${0} países y territorios`,
'sf2c29e199c990fd0': `Fax`,
'sf47410445c67bedb': str`${0} ámbitos encontrados`,
'sf67d7ed353f9229d': `Una voz fuerte y unida ante la comunidad internacional`,
'sfcc12700c5ff5d75': str`Comisión en ${0}`,
'sfd6a0bc6fae87d5f': `Leyenda`,
    };
  