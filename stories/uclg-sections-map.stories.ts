import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import '../src/elements/uclg-sections-map/define.js';

interface Args {
  lang: string;
  theme: string;
  highlight: string;
  zoom: boolean;
  headingLevel: number;
}

const meta: Meta<Args> = {
  title: 'Elements/uclg-sections-map',
  component: 'uclg-sections-map',
  args: {lang: 'fr', theme: 'light', highlight: '', zoom: false, headingLevel: 2},
  argTypes: {
    lang: {control: 'inline-radio', options: ['fr', 'en', 'es']},
    theme: {control: 'inline-radio', options: ['light', 'dark', 'auto']},
    highlight: {
      control: 'select',
      options: ['', 'africa', 'asia-pacific', 'eurasia', 'europe', 'latin-america', 'middle-east-west-asia',
        'north-america', 'metropolitan', 'regions'],
    },
    zoom: {control: 'boolean'},
    headingLevel: {control: {type: 'number', min: 1, max: 6}},
  },
  render: (a) => html`<uclg-sections-map
    lang=${a.lang}
    theme=${a.theme}
    highlight=${a.highlight || nothing}
    ?zoom=${a.zoom}
    heading-level=${a.headingLevel}
  ></uclg-sections-map>`,
};
export default meta;

type Story = StoryObj<Args>;
export const World: Story = {};
/** What UCLG Africa's site embeds: its section highlighted and in view. */
export const AfricaZoomed: Story = {args: {lang: 'en', highlight: 'africa', zoom: true}};
export const SpanishDark: Story = {args: {lang: 'es', theme: 'dark', highlight: 'latin-america'}};
