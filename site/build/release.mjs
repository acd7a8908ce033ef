// The release (`npm run release -- --base https://widgets.example.org/`, or the address in
// UCLG_WIDGETS_BASE; `--out <folder>`, release/ by default; `--skip-build` to reuse dist/): a folder
// that any static host or CDN serves as it is at that address.
// - The build (`npm run build`), copied without what is not published (Storybook, a build's notes).
// - Every frame and Link page and oEmbed document written for the address, in both channels.
// - What a host needs to serve it right: `_headers` (Netlify, Cloudflare Pages and the hosts that
//   read it) and `nginx.conf` (a snippet for a server block): long, immutable caching for the
//   pinned `v<version>/`, a short one for the moving `v<major>/` and the pages around them, CORS
//   for the bundles and frames (snippets load them with crossorigin for SRI), content types.
// - The self-check (site/build/self-check.mjs); only when it passes, `release.json` says publishable,
//   and the release's custom-elements.json is kept in api/ (commit it) for the API test of later ones.
import {execFileSync} from 'node:child_process';
import {cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {publicBase, writeFrames} from './frames.mjs';
import {check} from './self-check.mjs';

const root = new URL('../../', import.meta.url).pathname;
const dist = join(root, 'dist');
/** What the build leaves in dist/ that a host does not serve. */
const unpublished = new Set(['storybook', 'frame-text.json', 'release.json']);

/** The `_headers` and `nginx.conf` for a release of `embed` at `base`, from the folder's own top-level files. */
function hostFiles(base, embed, topLevel) {
  const path = new URL(base).pathname;
  const year = 'public, max-age=31536000, immutable';
  const short = 'public, max-age=300';
  const headers = [
    `# Headers for ${base}, for hosts that read _headers (Netlify, Cloudflare Pages); nginx: nginx.conf.`,
    `${path}${embed.folder}/*`,
    `  Cache-Control: ${year}`,
    '  Access-Control-Allow-Origin: *',
    '  X-Content-Type-Options: nosniff',
    `${path}${embed.channel}/*`,
    `  Cache-Control: ${short}`,
    '  Access-Control-Allow-Origin: *',
    '  X-Content-Type-Options: nosniff',
    ...['', ...topLevel].flatMap((file) => [
      `${path}${file}`,
      `  Cache-Control: ${short}`,
      '  X-Content-Type-Options: nosniff',
    ]),
    '',
  ].join('\n');
  const location = (folder, cache) => `location ^~ ${path}${folder}/ {
  add_header Cache-Control "${cache}" always;
  add_header Access-Control-Allow-Origin "*" always;
  add_header X-Content-Type-Options nosniff always;
}`;
  const nginx = `# For the server block that serves ${base}, its root (or alias for ${path}) this folder.
types {
  text/html html;
  text/javascript js;
  application/json json map;
  text/css css;
}
charset utf-8;
charset_types text/html text/javascript application/json text/css;
${location(embed.folder, year)}
${location(embed.channel, short)}
location ${path} {
  add_header Cache-Control "${short}" always;
  add_header X-Content-Type-Options nosniff always;
}
`;
  return {headers, nginx};
}

/** Builds (unless `build` is false) and writes the release for `base` into `out`; throws with the self-check's problems. */
export async function release({base, out = join(root, 'release'), build = true}) {
  if (!base) {
    throw new Error(
      'release: say where the folder will be served from: `npm run release -- --base https://…/` (or UCLG_WIDGETS_BASE).',
    );
  }
  base = publicBase(base);
  if (build) execFileSync('npm', ['run', 'build'], {cwd: root, stdio: 'inherit'});
  rmSync(out, {recursive: true, force: true});
  cpSync(dist, out, {recursive: true, filter: (source) => !unpublished.has(source.slice(dist.length + 1))});
  await writeFrames({dist, base, out});
  const embed = JSON.parse(readFileSync(join(out, 'embed.json'), 'utf8'));
  const topLevel = readdirSync(out, {withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);
  const {headers, nginx} = hostFiles(base, embed, [...topLevel, '_headers', 'nginx.conf', 'release.json'].sort());
  writeFileSync(join(out, '_headers'), headers);
  writeFileSync(join(out, 'nginx.conf'), nginx);
  const problems = check(out, {base, release: false});
  if (problems.length) throw new Error(`release: the self-check failed:\n${problems.join('\n')}`);
  // This release's public API, kept in the repository for the next ones to compare with (tests/node/api.test.mjs).
  const kept = join(root, 'api', `custom-elements.v${embed.version}.json`);
  if (!existsSync(kept)) cpSync(join(dist, 'custom-elements.json'), kept);
  const said = {version: embed.version, base, pinned: embed.folder, channel: embed.channel, publishable: true};
  writeFileSync(join(out, 'release.json'), `${JSON.stringify(said, null, 2)}\n`);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  try {
    const out = await release({
      base: option('--base') ?? process.env.UCLG_WIDGETS_BASE,
      out: option('--out') && resolve(option('--out')),
      build: !args.includes('--skip-build'),
    });
    console.log(
      `release: ${out} is publishable at ${JSON.parse(readFileSync(join(out, 'release.json'), 'utf8')).base}`,
    );
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
