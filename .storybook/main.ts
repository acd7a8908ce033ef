import type {StorybookConfig} from '@storybook/web-components-vite';

// Minimal for now: one story file per element. The designers' Storybook (controls from
// custom-elements.json, language and theme toolbars, a test of every story) is its own issue.
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: {name: '@storybook/web-components-vite', options: {}},
  core: {disableTelemetry: true},
};
export default config;
