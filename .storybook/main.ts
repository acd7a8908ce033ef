import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs';
import type {StorybookConfig} from '@storybook/web-components-vite';
import type {Plugin} from 'vite';

const root = new URL('../', import.meta.url).pathname;
const manifest = `${root}dist/custom-elements.json`;
const sources = ['src/elements', 'src/internal'];

/** Whether custom-elements.json is missing or older than the code it documents. */
function stale(): boolean {
  if (!existsSync(manifest)) return true;
  const made = statSync(manifest).mtimeMs;
  return sources.some((dir) =>
    readdirSync(`${root}${dir}`, {recursive: true}).some((file) => statSync(`${root}${dir}/${file}`).mtimeMs > made),
  );
}

/**
 * `import manifest from 'virtual:custom-elements-manifest'`: custom-elements.json, made afresh by
 * `cem analyze` whenever it is missing or stale, so that controls and docs match the code on a
 * fresh clone that was never built (stories/manifest.ts reads it) and in `storybook dev` after
 * an element's source changes. A fresh one (`npm run build` made it) is left alone, so Node
 * tests reading it meanwhile never see it half-written.
 */
const id = '\0virtual:custom-elements-manifest';
const customElementsManifest: Plugin = {
  name: 'uclg-custom-elements-manifest',
  resolveId: (source) => (source === 'virtual:custom-elements-manifest' ? id : undefined),
  load(loaded) {
    if (loaded !== id) return undefined;
    if (stale()) execFileSync(`${root}node_modules/.bin/cem`, ['analyze', '--quiet'], {cwd: root, stdio: 'inherit'});
    return `export default ${readFileSync(manifest, 'utf8')};`;
  },
  configureServer(server) {
    server.watcher.on('change', (file) => {
      const module = server.moduleGraph.getModuleById(id);
      if (!module || !sources.some((dir) => file.startsWith(`${root}${dir}/`))) return;
      server.moduleGraph.invalidateModule(module);
      server.ws.send({type: 'full-reload'});
    });
  },
};

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../src/elements/*/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {name: '@storybook/web-components-vite', options: {}},
  core: {disableTelemetry: true},
  viteFinal: (vite) => ({...vite, plugins: [...(vite.plugins ?? []), customElementsManifest]}),
};
export default config;
