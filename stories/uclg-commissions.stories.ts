import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import '../src/elements/uclg-commissions/define.js';

interface Args {
  lang: string;
  theme: string;
  order: string;
  filter: string;
  headingLevel: number;
  noHeading: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/uclg-commissions',
  component: 'uclg-commissions',
  args: {lang: 'fr', theme: 'light', order: 'alphabetical', filter: '', headingLevel: 2, noHeading: false},
  argTypes: {
    lang: {control: 'inline-radio', options: ['fr', 'en', 'es']},
    theme: {control: 'inline-radio', options: ['light', 'dark', 'auto']},
    order: {control: 'inline-radio', options: ['alphabetical', 'brochure']},
    headingLevel: {control: {type: 'number', min: 1, max: 6}},
  },
  render: (a) => html`<uclg-commissions
    lang=${a.lang}
    theme=${a.theme}
    order=${a.order}
    filter=${a.filter || nothing}
    heading-level=${a.headingLevel}
    ?no-heading=${a.noHeading}
  ></uclg-commissions>`,
};
export default meta;

type Story = StoryObj<Args>;
export const French: Story = {};
export const EnglishDark: Story = {args: {lang: 'en', theme: 'dark'}};
export const BrochureOrder: Story = {args: {lang: 'es', order: 'brochure'}};
export const Filtered: Story = {args: {filter: 'urbaine'}};
export const NothingMatches: Story = {args: {lang: 'en', filter: 'zzz'}};
export const Narrow: Story = {decorators: [(story) => html`<div style="width: 280px">${story()}</div>`]};
