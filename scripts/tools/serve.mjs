// Serves dist/ on http://localhost:8000 (PORT to change it), with the strict Content-Security-Policy
// and Trusted Types a careful member site may use, so the demo proves the widgets work under them.
import {createReadStream, statSync} from 'node:fs';
import {createServer} from 'node:http';
import {extname, join, normalize} from 'node:path';

const dist = new URL('../../dist/', import.meta.url).pathname;
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};
const csp =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

/** The file a path names in the first of `roots` that has it (a folder's index.html), if any. */
function find(roots, path) {
  for (const root of roots) {
    try {
      const file = join(root, path);
      const found = statSync(file).isDirectory() ? join(file, 'index.html') : file;
      if (statSync(found).isFile()) return found;
    } catch {
      // not in this root
    }
  }
  return undefined;
}

/**
 * Starts a static server for `root` (dist/ by default; a list of folders is searched in order),
 * sending `csp` (the strict policy by default; none when null). Resolves with the server once it
 * listens; port 0 picks a free port.
 */
export function serve(port, {root = dist, policy = csp} = {}) {
  const roots = [root].flat();
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    const file = find(roots, path);
    if (!file) {
      response.writeHead(404).end('Not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      ...(policy && {'Content-Security-Policy': policy}),
      // As a CDN does: snippets load the bundles cross-origin, with crossorigin="anonymous" for SRI.
      'Access-Control-Allow-Origin': '*',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 8000);
  // The frame and Link pages' own policy names the address they load from: written for this one.
  const [{writeFrames}, {mkdtempSync, rmSync}, {tmpdir}] = await Promise.all([
    import('../../site/build/frames.mjs'),
    import('node:fs'),
    import('node:os'),
  ]);
  const frames = mkdtempSync(join(tmpdir(), 'uclg-serve-frames-'));
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      rmSync(frames, {recursive: true, force: true});
      process.exit(0);
    });
  }
  await writeFrames({dist, base: `http://localhost:${port}/`, out: frames});
  await serve(port, {root: [frames, dist]});
  console.log(`UCLG widgets demo: http://localhost:${port}/`);
}
