import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import '../src/elements/uclg-stats/define.js';

interface Args {
  lang: string;
  theme: string;
  figures: string;
  headingLevel: number;
  noHeading: boolean;
  animate: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/uclg-stats',
  component: 'uclg-stats',
  args: {lang: 'fr', theme: 'light', figures: '', headingLevel: 2, noHeading: false, animate: false},
  argTypes: {
    lang: {control: 'inline-radio', options: ['fr', 'en', 'es']},
    theme: {control: 'inline-radio', options: ['light', 'dark', 'auto']},
    headingLevel: {control: {type: 'number', min: 1, max: 6}},
  },
  render: (a) => html`<uclg-stats
    lang=${a.lang}
    theme=${a.theme}
    figures=${a.figures || nothing}
    heading-level=${a.headingLevel}
    ?no-heading=${a.noHeading}
    ?animate=${a.animate}
  ></uclg-stats>`,
};
export default meta;

type Story = StoryObj<Args>;
export const French: Story = {};
export const English: Story = {args: {lang: 'en'}};
export const Spanish: Story = {args: {lang: 'es'}};
export const Dark: Story = {args: {theme: 'dark'}};
export const SelectedFigures: Story = {args: {lang: 'en', figures: 'people population-share'}};
export const Animated: Story = {args: {animate: true}};
export const Narrow: Story = {decorators: [(story) => html`<div style="width: 280px">${story()}</div>`]};
