import type {StoryObj} from '@storybook/web-components-vite';
import './define.js';
import {metaFor, width} from '../../../stories/manifest.js';

// Storybook indexes the title and component without running code, so they are written out here.
export default {title: 'Elements/uclg-stats', component: 'uclg-stats', ...metaFor('uclg-stats')};

type Story = StoryObj;
export const AllFigures: Story = {};
export const Dark: Story = {args: {theme: 'dark'}};
export const SelectedFigures: Story = {args: {figures: 'people population-share'}};
export const WithoutHeading: Story = {args: {'no-heading': true}};
export const Animated: Story = {args: {animate: true}};
export const NarrowColumn: Story = {decorators: [width(280)]};
export const BrandColours: Story = {
  args: {'--uclg-color-accent': '#b3002d', '--uclg-font-family': 'Georgia, serif'},
};
