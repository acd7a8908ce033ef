import {setCustomElementsManifest, type Decorator, type Preview} from '@storybook/web-components-vite';
import manifest from 'virtual:custom-elements-manifest';
import {declarations} from '../stories/manifest.js';
import {locales} from '../src/internal/localize.js';
import {themes} from '../src/internal/uclg-element.js';
import './preview.css';

setCustomElementsManifest(manifest);

const tags = new Set(declarations.map((d) => d.tagName));
const names = new Intl.DisplayNames(['en'], {type: 'language'});

/**
 * Every story in the toolbar's language and theme: `lang` on a wrapper (each element inherits it
 * unless the story sets its own), `theme` on each of our elements the story left without one.
 */
const languageAndTheme: Decorator = (story, {globals, args}) => {
  const wrapper = document.createElement('div');
  wrapper.className = 'uclg-story';
  wrapper.lang = globals.lang;
  const theme = args.theme ?? globals.theme;
  wrapper.dataset.theme = theme;
  wrapper.append(story() as unknown as Node);
  for (const element of wrapper.querySelectorAll('*')) {
    if (tags.has(element.localName) && !element.hasAttribute('theme')) element.setAttribute('theme', theme);
  }
  return wrapper;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [languageAndTheme],
  globalTypes: {
    lang: {
      description: 'Language of every element',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: locales.map((value) => ({value, title: `${value} — ${names.of(value)}`})),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme of every element that does not set its own',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: themes.map((value) => ({value, title: value})),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {lang: 'fr', theme: 'light'},
  parameters: {
    controls: {expanded: true, sort: 'requiredFirst'},
    // Violations fail the a11y panel's checks (and tests/node/storybook.test.mjs runs axe too).
    a11y: {test: 'error'},
  },
};
export default preview;
