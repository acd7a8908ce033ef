// Each element's reference page, docs/elements/<tag>.md, made from dist/custom-elements.json (so
// run it after `npm run build`: `npm run docs`). The manifest is the one description of an
// element's API (Storybook, the embed page and the frame pages read it too), so its page is made
// from it rather than written beside it, and tests/node/docs.test.mjs fails when a page is stale.
//
// Only the text between `<!-- api -->` and `<!-- /api -->` is the script's: what the manifest
// cannot hold (tables of ids with their sources, keyboard use, examples) is written by hand before
// or after it and survives every run. A page that does not exist yet is created with the region
// alone. The index of the pages, between `<!-- pages -->` and `<!-- /pages -->` in
// docs/elements/README.md, is made the same way, so a new element's page is linked at once.
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {declarations} from '../build/manifest.mjs';

const root = new URL('../../', import.meta.url);
const docs = new URL('docs/elements/', root);

// JSDoc descriptions wrap lines; a table cell must be one line, and a `|` would end it.
const cell = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
const code = (text) => (text ? `\`${cell(text)}\`` : '');
// Inherited entries are the same on every element: say so, and where they are described.
const shared = (entry) => (entry.inheritedFrom ? ' ([every element](README.md#every-element))' : '');

// A column no row fills (no event declares a type, no custom property a default) is left out.
function table(head, rows) {
  if (!rows.length) return [];
  const kept = head.map((_, i) => i === 0 || rows.some((r) => r[i]));
  const pick = (r) => r.filter((_, i) => kept[i]);
  return [
    `| ${pick(head).join(' | ')} |`,
    `|${pick(head)
      .map(() => '---|')
      .join('')}`,
    ...rows.map((r) => `| ${pick(r).join(' | ')} |`),
  ];
}

function section(title, head, rows) {
  const lines = table(head, rows);
  return lines.length ? ['', `## ${title}`, '', ...lines] : [];
}

/** The text of `<!-- api -->`…`<!-- /api -->` for one element declaration of the manifest. */
export function apiRegion(declaration) {
  const {tagName, summary, description} = declaration;
  const members = declaration.members ?? [];
  const field = (name) => members.find((m) => m.kind === 'field' && m.name === name);
  const attributes = (declaration.attributes ?? []).map((a) => {
    const property = a.fieldName ? field(a.fieldName) : undefined;
    return [
      code(a.name),
      code(a.fieldName),
      code(a.type?.text ?? property?.type?.text),
      code(a.default ?? property?.default),
      cell(a.description) + shared(a),
    ];
  });
  const properties = members
    .filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !m.attribute)
    .map((m) => [code(m.name), code(m.type?.text), code(m.default), cell(m.description) + shared(m)]);
  const lines = [
    '<!-- api -->',
    `_Made by \`npm run docs\` from \`custom-elements.json\`: edit the JSDoc of \`src/elements/${tagName}/${tagName}.ts\`, not this part._`,
    '',
    `**${cell(summary ?? tagName)}**`,
    ...(description ? ['', description.trim()] : []),
    '',
    `![${cell(summary ?? tagName).replace(/[[\]]/g, '')}](../${tagName}.png)`,
    ...section('Attributes', ['Attribute', 'Property', 'Type', 'Default', 'Description'], attributes),
    ...section('Properties without an attribute', ['Property', 'Type', 'Default', 'Description'], properties),
    ...section(
      'Events',
      ['Event', 'Type', 'Description'],
      (declaration.events ?? []).map((e) => [code(e.name), code(e.type?.text), cell(e.description) + shared(e)]),
    ),
    ...section(
      'CSS parts',
      ['Part', 'Description'],
      (declaration.cssParts ?? []).map((p) => [code(p.name), cell(p.description) + shared(p)]),
    ),
    ...section(
      'CSS custom properties',
      ['Custom property', 'Syntax', 'Default', 'Description'],
      (declaration.cssProperties ?? []).map((p) => [
        code(p.name),
        code(p.syntax),
        code(p.default),
        cell(p.description) + shared(p),
      ]),
    ),
    ...section(
      'Slots',
      ['Slot', 'Description'],
      (declaration.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description) + shared(s)]),
    ),
    '<!-- /api -->',
  ];
  return lines.join('\n');
}

/** The text of `<!-- pages -->`…`<!-- /pages -->` in docs/elements/README.md: a link to each page. */
export function pagesRegion(list) {
  return [
    '<!-- pages -->',
    ...list.map(({tagName, summary}) => `- [\`<${tagName}>\`](${tagName}.md): ${cell(summary ?? '')}`),
    '<!-- /pages -->',
  ].join('\n');
}

/** `text` with its region named `name` replaced by `region`, or null when it has none. */
export function withRegion(text, name, region) {
  const pattern = new RegExp(`<!-- ${name} -->[\\s\\S]*?<!-- /${name} -->`);
  return pattern.test(text) ? text.replace(pattern, () => region) : null;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const list = declarations();
  mkdirSync(docs, {recursive: true});
  const write = (file, text) => {
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
  };
  for (const declaration of list) {
    const file = new URL(`${declaration.tagName}.md`, docs);
    const region = apiRegion(declaration);
    if (!existsSync(file)) {
      write(file, `# \`<${declaration.tagName}>\`\n\n${region}\n`);
      continue;
    }
    const text = withRegion(readFileSync(file, 'utf8'), 'api', region);
    if (text === null) throw new Error(`${file.pathname} has no <!-- api --> region: add one where the API goes.`);
    write(file, text);
  }
  const index = new URL('README.md', docs);
  const text = existsSync(index) ? readFileSync(index, 'utf8') : '# The elements\n\n<!-- pages -->\n<!-- /pages -->\n';
  const updated = withRegion(text, 'pages', pagesRegion(list));
  if (updated === null) throw new Error(`${index.pathname} has no <!-- pages --> region.`);
  write(index, updated);
}
