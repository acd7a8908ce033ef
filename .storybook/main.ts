import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import type {StorybookConfig} from '@storybook/web-components-vite';

const root = new URL('../', import.meta.url).pathname;

/**
 * `import manifest from 'virtual:custom-elements-manifest'`: custom-elements.json, made afresh by
 * `cem analyze` when Storybook starts, so that controls and docs match the code even on a fresh
 * clone that was never built (stories/manifest.ts reads it).
 */
const customElementsManifest = {
  name: 'uclg-custom-elements-manifest',
  resolveId: (id: string) => (id === 'virtual:custom-elements-manifest' ? `\0${id}` : undefined),
  load(id: string) {
    if (id !== '\0virtual:custom-elements-manifest') return undefined;
    execFileSync(`${root}node_modules/.bin/cem`, ['analyze', '--quiet'], {cwd: root, stdio: 'inherit'});
    return `export default ${readFileSync(`${root}dist/custom-elements.json`, 'utf8')};`;
  },
};

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {name: '@storybook/web-components-vite', options: {}},
  core: {disableTelemetry: true},
  viteFinal: (vite) => ({...vite, plugins: [...(vite.plugins ?? []), customElementsManifest]}),
};
export default config;
