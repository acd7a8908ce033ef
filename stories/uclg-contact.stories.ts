import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/elements/uclg-contact/define.js';

interface Args {
  lang: string;
  theme: string;
  variant: string;
  headingLevel: number;
}

const meta: Meta<Args> = {
  title: 'Elements/uclg-contact',
  component: 'uclg-contact',
  args: {lang: 'fr', theme: 'light', variant: 'full', headingLevel: 2},
  argTypes: {
    lang: {control: 'inline-radio', options: ['fr', 'en', 'es']},
    theme: {control: 'inline-radio', options: ['light', 'dark', 'auto']},
    variant: {control: 'inline-radio', options: ['full', 'compact']},
    headingLevel: {control: {type: 'number', min: 1, max: 6}},
  },
  render: (a) => html`<uclg-contact
    lang=${a.lang}
    theme=${a.theme}
    variant=${a.variant}
    heading-level=${a.headingLevel}
  ></uclg-contact>`,
};
export default meta;

type Story = StoryObj<Args>;
export const Full: Story = {};
export const Compact: Story = {args: {variant: 'compact'}};
export const EnglishDark: Story = {args: {lang: 'en', theme: 'dark'}};
export const SpanishFooter: Story = {args: {lang: 'es', variant: 'compact', theme: 'auto'}};
export const HeadingLevel3: Story = {args: {lang: 'en', headingLevel: 3}};
