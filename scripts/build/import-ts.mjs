// Node cannot import TypeScript: the build steps and the Node tests that read our TypeScript
// modules (the data, the geometry codec, the site's texts and value checks) bundle them on the fly
// with esbuild, so the TypeScript stays the one source.
import {build} from 'esbuild';

const root = new URL('../../', import.meta.url);

/** The module at `path` (from the repository's root), bundled with what it imports. */
export async function importTs(path) {
  const {outputFiles} = await build({
    entryPoints: [new URL(path, root).pathname],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}
