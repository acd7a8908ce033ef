import type {StoryObj} from '@storybook/web-components-vite';
import './define.js';
import {metaFor, width} from '../../../stories/manifest.js';

// Storybook indexes the title and component without running code, so they are written out here.
export default {title: 'Elements/uclg-sections-map', component: 'uclg-sections-map', ...metaFor('uclg-sections-map')};

type Story = StoryObj;
export const World: Story = {};
export const Dark: Story = {args: {theme: 'dark'}};
/** What UCLG Africa's site embeds: its section highlighted and in view. */
export const AfricaZoomed: Story = {args: {highlight: 'africa', zoom: true}};
export const AsiaPacificZoomed: Story = {args: {highlight: 'asia-pacific', zoom: true}};
export const EurasiaZoomed: Story = {args: {highlight: 'eurasia', zoom: true}};
export const EuropeZoomed: Story = {args: {highlight: 'europe', zoom: true}};
export const LatinAmericaZoomed: Story = {args: {highlight: 'latin-america', zoom: true}};
export const MiddleEastWestAsiaZoomed: Story = {args: {highlight: 'middle-east-west-asia', zoom: true}};
export const NorthAmericaZoomed: Story = {args: {highlight: 'north-america', zoom: true}};
/** A section without territory: highlighted in the legend, the map unchanged. */
export const Metropolis: Story = {args: {highlight: 'metropolitan'}};
export const NarrowColumn: Story = {decorators: [width(320)]};
