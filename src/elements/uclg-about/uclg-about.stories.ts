import type {StoryObj} from '@storybook/web-components-vite';
import './define.js';
import {metaFor, width} from '../../../stories/manifest.js';

// Storybook indexes the title and component without running code, so they are written out here.
export default {title: 'Elements/uclg-about', component: 'uclg-about', ...metaFor('uclg-about')};

type Story = StoryObj;
export const AllTopics: Story = {};
export const Dark: Story = {args: {theme: 'dark'}};
export const MissionAndObjectives: Story = {args: {topics: 'mission objectives', 'heading-level': 3}};
export const WithoutHeading: Story = {args: {'no-heading': true}};
export const NarrowColumn: Story = {decorators: [width(280)]};
