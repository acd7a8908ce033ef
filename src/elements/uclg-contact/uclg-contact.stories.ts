import type {StoryObj} from '@storybook/web-components-vite';
import './define.js';
import {metaFor, width} from '../../../stories/manifest.js';

// Storybook indexes the title and component without running code, so they are written out here.
export default {title: 'Elements/uclg-contact', component: 'uclg-contact', ...metaFor('uclg-contact')};

type Story = StoryObj;
export const Card: Story = {};
export const Dark: Story = {args: {theme: 'dark'}};
export const PageFooter: Story = {args: {variant: 'compact'}};
export const NarrowColumn: Story = {decorators: [width(300)]};
export const UnderAnH3: Story = {args: {'heading-level': 3}};
