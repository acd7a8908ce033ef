
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's029e480808da7a38': `Email`,
's07e46807b4a9183c': str`${0}+`,
's0f7c25da67e157e7': `Map of the regional sections`,
's1d505fb659b877a0': str`${0} regional sections`,
's23fcf6a8fb5328e5': str`${0} Forum of Regions`,
's4d058f46cb43c93e': str`more than ${0}`,
's590ee824cb32d71d': `UCLG's sections`,
's602431f0eda0656c': `Website`,
's61cf5c62d5d2b2e3': str`of the ${0} United Nations member states`,
's658e95430300f761': `No section`,
's6cc4f18a0ff5b1d8': str`${0} Metropolitan Section`,
's711a585b8c6158d4': `Add to contacts`,
's78b0ea708d83d9e8': `Where are we?`,
's7e0039d3d5ced4ed': `people worldwide`,
's9059cc1cfcb7dc77': `Telephone`,
's915af0359de0d368': `World Secretariat`,
's99307816c2903aac': `of the world's total population`,
's99677625d73e0b8f': str`${0} fields`,
'saaad952c12eebc26': `cities, regions and metropolises`,
'sac9e3b6c1d777510': `List of the sections and their countries`,
'sae90b66cf7c377fd': `worldwide`,
'safe08eabc982f5a4': `Selection cleared`,
'sb476a79463f3c8c6': str`${0} field`,
'scf01f322126cc1f0': str`Working group in ${0}`,
'sd2d4030367c511df': `Filter the fields`,
'sd5b4222429ed3059': str`${0} field found`,
'sdee88e1aae2b4270': `Show all fields`,
'se3369084d47edf18': str`No field matches “${0}”`,
'se60d7c823225c4e3': `associations of local and regional governments`,
'se6ef4b3f3e89c40f': `UCLG represents`,
'section-covers-one': str`covers ${0} country or territory`,
'section-covers-other': str`covers ${0} countries and territories`,
'sf2c29e199c990fd0': `Fax`,
'sf47410445c67bedb': str`${0} fields found`,
'sf67d7ed353f9229d': `A strong, united voice before the international community`,
'sfcc12700c5ff5d75': str`Committee in ${0}`,
'sfd6a0bc6fae87d5f': `Legend`,
    };
  