import type {StoryObj} from '@storybook/web-components-vite';
import './define.js';
import {metaFor, width} from '../../../stories/manifest.js';

// Storybook indexes the title and component without running code, so they are written out here.
export default {title: 'Elements/uclg-commissions', component: 'uclg-commissions', ...metaFor('uclg-commissions')};

type Story = StoryObj;
export const Alphabetical: Story = {};
export const Dark: Story = {args: {theme: 'dark'}};
export const BrochureOrder: Story = {args: {order: 'brochure'}};
export const Filtered: Story = {args: {filter: 'urba'}};
export const NothingMatches: Story = {args: {filter: 'zzz'}};
export const NarrowColumn: Story = {decorators: [width(280)]};
