import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import '../src/elements/uclg-about/define.js';

interface Args {
  lang: string;
  theme: string;
  topics: string;
  headingLevel: number;
  noHeading: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/uclg-about',
  component: 'uclg-about',
  args: {lang: 'fr', theme: 'light', topics: '', headingLevel: 2, noHeading: false},
  argTypes: {
    lang: {control: 'inline-radio', options: ['fr', 'en', 'es']},
    theme: {control: 'inline-radio', options: ['light', 'dark', 'auto']},
    headingLevel: {control: {type: 'number', min: 1, max: 6}},
  },
  render: (a) => html`<uclg-about
    lang=${a.lang}
    theme=${a.theme}
    topics=${a.topics || nothing}
    heading-level=${a.headingLevel}
    ?no-heading=${a.noHeading}
  ></uclg-about>`,
};
export default meta;

type Story = StoryObj<Args>;
export const French: Story = {};
export const English: Story = {args: {lang: 'en'}};
export const SpanishDark: Story = {args: {lang: 'es', theme: 'dark'}};
export const MissionAndObjectives: Story = {args: {lang: 'en', topics: 'mission objectives', headingLevel: 3}};
export const Narrow: Story = {decorators: [(story) => html`<div style="width: 280px">${story()}</div>`]};
