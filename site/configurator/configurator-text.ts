/**
 * The embed page's words, for a city's webmaster rather than a developer: what each choice changes
 * on their page. Messages like the elements', but in their own set (lit-localize.site.json,
 * locales/site/, site/generated/): they are in the embed page's script only, never in a widget.
 *
 * Options are worded by attribute and custom-property name: the page builds one control per item
 * of custom-elements.json, and site/tests/embed.test.mjs fails when one has no words here.
 */
import {str, type Msg} from '../../src/internal/localize.js';

/** The page around the configurator. */
export const pageText = (msg: Msg) => ({
  title: msg('Widgets CGLU : les mettre sur votre site', {
    id: 'embed.title',
    desc: "The page's title and main heading. CGLU/UCLG as in the glossary.",
  }),
  intro: (languages: string) =>
    msg(
      str`Les chiffres clés de Cités et Gouvernements Locaux Unis sur votre site, dans la langue de vos lecteurs (${languages}). Dites où vous allez le coller, choisissez, puis copiez le code.`,
      {
        id: 'embed.intro',
        desc: 'Introduction under the title. The placeholder is the list of the languages the widgets speak, each named in itself.',
      },
    ),
  pageLanguage: msg('Langue de cette page', {id: 'embed.page-language', desc: 'Label of the page language chooser.'}),
  noScript: msg('Cette page a besoin de JavaScript.', {
    id: 'embed.no-script',
    desc: 'Shown when the page script could not run.',
  }),
  failed: (error: string) =>
    msg(str`Cette page n'a pas pu démarrer : ${error}`, {
      id: 'embed.failed',
      desc: 'Shown when the configurator fails; the placeholder is the technical error.',
    }),
  hashes: msg("empreintes d'intégrité", {
    id: 'embed.hashes',
    desc: 'Footer link to the integrity hashes (embed.json), for developers.',
  }),
});

/** Where the webmaster will paste the code, and the way in that it picks. */
export const placeText = (msg: Msg) => ({
  question: msg('Où allez-vous le coller\u00a0?', {id: 'embed.where', desc: 'The first question, a group of choices.'}),
  'wordpress-author': msg('WordPress, comme Auteur ou Éditeur', {
    id: 'embed.where.wordpress-author',
    desc: 'A WordPress user without the right to paste scripts (roles Author, Editor, Contributor).',
  }),
  'wordpress-admin': msg('WordPress, comme Administrateur', {
    id: 'embed.where.wordpress-admin',
    desc: 'A WordPress administrator.',
  }),
  cms: msg('Drupal, Joomla, TYPO3 ou Plone', {id: 'embed.where.cms', desc: 'Content managers that filter scripts.'}),
  script: msg('Un site où vous pouvez coller un script', {
    id: 'embed.where.script',
    desc: 'Any site whose editor keeps a <script>.',
  }),
  html: msg('Une page HTML que vous écrivez vous-même', {
    id: 'embed.where.html',
    desc: 'A plain HTML file the reader edits.',
  }),
});

/** The three ways in, and the one sentence that says why each answer picks its way. */
export const routeText = (msg: Msg) => ({
  routes: msg('Façon de le mettre', {id: 'embed.routes', desc: 'Label of the three tabs: Script, Frame, Link.'}),
  script: msg('Script', {id: 'embed.route.script', desc: 'The route that pastes a <script> and the element.'}),
  frame: msg('Cadre', {id: 'embed.route.frame', desc: 'The route that pastes an <iframe> (a frame).'}),
  link: msg('Lien', {id: 'embed.route.link', desc: 'The route that pastes a plain address (oEmbed).'}),
  why: {
    'wordpress-author': msg(
      "WordPress retire les scripts et les cadres des articles d'un Auteur, mais il remplace une adresse seule sur sa ligne par le widget : collez ce lien.",
      {id: 'embed.why.wordpress-author', desc: 'Why the Link route is chosen for a WordPress Author or Editor.'},
    ),
    'wordpress-admin': msg(
      'Dans un bloc «\u00a0HTML personnalisé\u00a0», collez ce cadre : le petit script qui le suit lui donne la hauteur du widget.',
      {
        id: 'embed.why.wordpress-admin',
        desc: "Why the Frame route is chosen for a WordPress Administrator. Use WordPress's own name of the Custom HTML block in the language.",
      },
    ),
    cms: msg(
      "Ces outils retirent souvent les scripts mais gardent un cadre dans un champ en HTML : collez ce cadre, avec le petit script qui l'ajuste.",
      {id: 'embed.why.cms', desc: 'Why the Frame route is chosen for Drupal, Joomla, TYPO3 or Plone.'},
    ),
    script: msg(
      "Collez ces deux lignes là où le widget doit apparaître : il prend la police de votre site et la place qu'il faut.",
      {id: 'embed.why.script', desc: 'Why the Script route is chosen for a site that takes scripts.'},
    ),
    html: msg('Collez ces deux lignes dans le <body> de la page, là où le widget doit apparaître.', {
      id: 'embed.why.html',
      desc: 'Why the Script route is chosen for a plain HTML page. Keep <body> as it is.',
    }),
  },
  classic: msg('Votre outil refuse type="module"\u00a0? Prenez plutôt ce script :', {
    id: 'embed.classic',
    desc: 'Above the classic-script snippet, for content managers that refuse module scripts. Keep type="module" as it is.',
  }),
  linkNone: msg(
    "Il n'y a pas de lien tout fait pour ces choix : prenez une langue, des couleurs claires ou sombres et, pour la carte, une section régionale ; ou prenez le Cadre.",
    {id: 'embed.link-none', desc: 'In the Link tab when no prebuilt page matches the choices.'},
  ),
  linkCannot: msg('Un lien ne peut pas porter ce choix : prenez le Cadre ou le Script pour le faire.', {
    id: 'embed.link-cannot',
    desc: 'Next to the choices that are greyed in the Link route.',
  }),
  follow: msg('Suivre les mises à jour', {
    id: 'embed.follow',
    desc: 'Switch over the Script code: load the latest release of this major version instead of this exact one.',
  }),
  followHint: msg(
    'Le widget montrera les chiffres de chaque nouvelle version, mais votre navigateur ne pourra plus vérifier que le fichier est bien celui publié par CGLU.',
    {
      id: 'embed.follow-hint',
      desc: 'The trade-off of following updates, in one sentence: new facts without editing, but no integrity check (SRI) of the file.',
    },
  ),
  copyCode: msg('Copier le code', {id: 'embed.copy-code', desc: 'Button that copies a snippet.'}),
  copyLink: msg('Copier le lien', {id: 'embed.copy-link', desc: 'Button that copies the Link address.'}),
  copied: msg('Copié. Collez-le dans votre page.', {id: 'embed.copied', desc: 'Announced after a copy.'}),
  selected: msg('Sélectionné : appuyez sur Ctrl+C (⌘C sur Mac) pour le copier.', {
    id: 'embed.selected',
    desc: 'Announced when the clipboard is unavailable and the text was selected instead.',
  }),
  code: msg('Code à coller', {id: 'embed.code', desc: 'Accessible name of the box holding the code to copy.'}),
});

/** The choices: widget, language, options, colours and type, preview. */
export const choiceText = (msg: Msg) => ({
  widget: msg('Widget', {id: 'embed.widget', desc: 'Label of the widget chooser.'}),
  language: msg('Langue du widget', {id: 'embed.language', desc: 'Label of the widget language chooser.'}),
  hostLanguage: msg('Celle de la page où il est collé', {
    id: 'embed.language.page',
    desc: "Language choice: the widget follows its host page's language.",
  }),
  options: msg('Ce qui est montré', {id: 'embed.options', desc: 'Heading of the options group.'}),
  styles: msg('Couleurs et texte', {id: 'embed.styles', desc: 'Heading of the colours and type group.'}),
  stylesHint: msg('Laissez vide pour garder ceux du widget.', {
    id: 'embed.styles-hint',
    desc: 'Hint under the colours and type heading.',
  }),
  unset: msg('Non choisi : celui du widget.', {id: 'embed.unset', desc: 'State of a colour or value left unset.'}),
  clear: msg('Effacer', {id: 'embed.clear', desc: 'Button that unsets a colour.'}),
  reset: msg('Tout effacer', {id: 'embed.reset', desc: 'Button that unsets every colour and type value.'}),
  allWhenNone: msg("Aucun coché : tous, dans l'ordre du widget.", {
    id: 'embed.all-when-none',
    desc: 'Hint of a list of checkboxes (figures, topics).',
  }),
  moveUp: (name: string) =>
    msg(str`Monter « ${name} »`, {
      id: 'embed.move-up',
      desc: 'Button that moves an item up the list; the placeholder is its name.',
    }),
  none: msg('Aucune', {id: 'embed.none', desc: 'Choice of no section in the map highlight picker.'}),
  preview: msg('Aperçu', {id: 'embed.preview', desc: 'Heading of the preview.'}),
  phone: msg('Sur un téléphone', {id: 'embed.phone', desc: 'Caption of the preview at a phone width.'}),
  chosenWidth: msg('À la largeur choisie', {
    id: 'embed.chosen-width',
    desc: 'Caption of the preview at the chosen width.',
  }),
  width: msg('Largeur de la place sur votre page', {id: 'embed.width', desc: 'Label of the preview width chooser.'}),
  fullWidth: msg('Toute la largeur de cet aperçu', {id: 'embed.full-width', desc: 'Width choice: the whole preview.'}),
  pixels: (n: string) =>
    msg(str`${n} px`, {id: 'embed.pixels', desc: 'A width or height in CSS pixels; the placeholder is the number.'}),
  reserved: (px: string) =>
    msg(str`Hauteur réservée : ${px}`, {
      id: 'embed.reserved',
      desc: 'Under each preview: the height the code reserves on the page, so the page does not jump; the placeholder is e.g. "612 px".',
    }),
  base: msg('Adresse du dossier des widgets', {
    id: 'embed.base',
    desc: 'Label of the folder address field, for developers.',
  }),
  baseHint: msg('Là où ce dossier est publié (par défaut, celui de cette page).', {
    id: 'embed.base-hint',
    desc: 'Hint of the folder address field.',
  }),
  notTaken: (given: string, accepted: string) =>
    msg(str`Pas repris de l'adresse : ${given} n'est pas ${accepted}.`, {
      id: 'embed.not-taken',
      desc: 'A value in the address that the field refused; placeholders: the value, quoted, and what the field takes.',
    }),
  notUsed: (accepted: string) =>
    msg(str`Pas utilisé : il faut ${accepted}.`, {
      id: 'embed.not-used',
      desc: 'A value typed that the field refuses; the placeholder is what it takes.',
    }),
  opaqueOnly: msg('une couleur opaque (ce sélecteur ne prend pas la transparence)', {
    id: 'embed.opaque-only',
    desc: 'What a colour picker takes, in "…is not {this}".',
  }),
});

/** What a style value must be, by its syntax in custom-elements.json (see site/style-values.ts). */
export const syntaxText = (msg: Msg): Record<string, string> => ({
  '<color>': msg('une couleur', {id: 'embed.syntax.color', desc: 'What a colour field takes.'}),
  '<length-percentage>': msg('une longueur, comme 1rem ou 12px', {
    id: 'embed.syntax.length',
    desc: 'What a size field takes (keep the CSS examples).',
  }),
  '<family-name>#': msg('une liste de polices', {id: 'embed.syntax.fonts', desc: 'What a font field takes.'}),
});

/** Each attribute's label, help and, for a fixed list, its values' names. */
export const attributeText = (
  msg: Msg,
): Record<string, {label: string; help?: string; values?: Record<string, string>}> => ({
  theme: {
    label: msg('Couleurs', {id: 'embed.attr.theme', desc: 'Label of the theme choice.'}),
    values: {
      light: msg('Claires', {id: 'embed.attr.theme.light', desc: 'Light theme.'}),
      dark: msg('Sombres', {id: 'embed.attr.theme.dark', desc: 'Dark theme.'}),
      auto: msg('Celles de chaque lecteur (claires ou sombres)', {
        id: 'embed.attr.theme.auto',
        desc: "Theme that follows each reader's system setting.",
      }),
    },
  },
  'heading-level': {
    label: msg('Niveau du titre', {id: 'embed.attr.heading-level', desc: 'Label of the heading level stepper.'}),
    help: msg("2 sous le titre de votre page, 3 sous un intertitre : pour le plan que lisent les lecteurs d'écran.", {
      id: 'embed.attr.heading-level.help',
      desc: 'Help of the heading level stepper.',
    }),
  },
  'no-heading': {
    label: msg('Sans titre', {id: 'embed.attr.no-heading', desc: 'Label of the switch that hides the heading.'}),
    help: msg('Quand votre page donne déjà son titre au widget.', {
      id: 'embed.attr.no-heading.help',
      desc: 'Help of the switch that hides the heading.',
    }),
  },
  figures: {
    label: msg('Chiffres montrés', {id: 'embed.attr.figures', desc: 'Label of the figures checkboxes.'}),
  },
  animate: {
    label: msg("Faire défiler les chiffres à l'apparition", {
      id: 'embed.attr.animate',
      desc: 'Label of the switch that animates the figures.',
    }),
    help: msg("Jamais pour un lecteur qui a demandé moins d'animations.", {
      id: 'embed.attr.animate.help',
      desc: 'Help of the animation switch.',
    }),
  },
  topics: {
    label: msg('Parties montrées', {id: 'embed.attr.topics', desc: 'Label of the about topics checkboxes.'}),
    values: {
      history: msg('Histoire', {id: 'embed.attr.topics.history', desc: 'About topic: history.'}),
      taskforce: msg('Global Taskforce', {
        id: 'embed.attr.topics.taskforce',
        desc: 'About topic: the Global Taskforce.',
      }),
      mission: msg('Mission', {id: 'embed.attr.topics.mission', desc: 'About topic: mission.'}),
      objectives: msg('Objectifs', {id: 'embed.attr.topics.objectives', desc: 'About topic: objectives.'}),
      values: msg('Valeurs', {id: 'embed.attr.topics.values', desc: 'About topic: values.'}),
    },
  },
  order: {
    label: msg('Ordre', {id: 'embed.attr.order', desc: 'Label of the commissions order choice.'}),
    values: {
      alphabetical: msg('Alphabétique', {id: 'embed.attr.order.alphabetical', desc: 'Alphabetical order.'}),
      brochure: msg('Celui de la brochure', {id: 'embed.attr.order.brochure', desc: "The brochure's order."}),
    },
  },
  filter: {
    label: msg('Filtre de départ', {id: 'embed.attr.filter', desc: 'Label of the initial filter text.'}),
    help: msg('Ne montre que les commissions dont le nom contient ce texte ; le lecteur peut le changer.', {
      id: 'embed.attr.filter.help',
      desc: 'Help of the initial filter.',
    }),
  },
  variant: {
    label: msg('Présentation', {id: 'embed.attr.variant', desc: 'Label of the contact layout choice.'}),
    values: {
      full: msg('Fiche complète', {id: 'embed.attr.variant.full', desc: 'Full contact card.'}),
      compact: msg('Quelques lignes, pour un pied de page', {
        id: 'embed.attr.variant.compact',
        desc: 'Compact contact lines.',
      }),
    },
  },
  highlight: {
    label: msg('Section mise en avant', {id: 'embed.attr.highlight', desc: 'Label of the section picker.'}),
  },
  zoom: {
    label: msg('Montrer la section de près', {id: 'embed.attr.zoom', desc: 'Label of the zoom switch.'}),
    help: msg('Avec une section mise en avant.', {id: 'embed.attr.zoom.help', desc: 'Help of the zoom switch.'}),
  },
});

/** Each public CSS custom property's label. */
export const propertyText = (msg: Msg): Record<string, string> => ({
  '--uclg-color-text': msg('Texte', {id: 'embed.css.text', desc: 'Colour of the text.'}),
  '--uclg-color-background': msg('Fond', {id: 'embed.css.background', desc: 'Background colour.'}),
  '--uclg-color-accent': msg('Liens et accents', {id: 'embed.css.accent', desc: 'Colour of links and accents.'}),
  '--uclg-color-muted': msg('Texte secondaire', {id: 'embed.css.muted', desc: 'Colour of secondary text.'}),
  '--uclg-color-border': msg('Bordures', {id: 'embed.css.border', desc: 'Colour of borders.'}),
  '--uclg-color-ocean': msg('Mer', {id: 'embed.css.ocean', desc: 'Colour of the sea on the map.'}),
  '--uclg-font-family': msg('Police', {id: 'embed.css.font-family', desc: 'Font.'}),
  '--uclg-font-size': msg('Taille du texte', {id: 'embed.css.font-size', desc: 'Text size.'}),
  '--uclg-radius': msg('Arrondi des coins', {id: 'embed.css.radius', desc: 'Corner radius.'}),
  '--uclg-spacing': msg('Espacement', {id: 'embed.css.spacing', desc: 'Spacing.'}),
});

/** The font stacks offered, by name: a short list, not free text. */
export const fontText = (msg: Msg): [string, string][] => [
  [
    'system-ui, sans-serif',
    msg('Celle du système, sans empattement', {id: 'embed.font.system', desc: 'Font choice: the system sans-serif.'}),
  ],
  [
    'Georgia, "Times New Roman", serif',
    msg('Avec empattements', {id: 'embed.font.serif', desc: 'Font choice: a serif.'}),
  ],
  [
    '"Helvetica Neue", Arial, sans-serif',
    msg('Helvetica ou Arial', {id: 'embed.font.helvetica', desc: 'Font choice: Helvetica or Arial.'}),
  ],
];
