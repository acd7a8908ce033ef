/**
 * How a zoomed view is framed: pure functions, shared by the element and by the build
 * (scripts/build/geometry.mjs frames each section with them, scripts/build/detail.mjs cuts each
 * section's detail to what its view shows).
 */

/** A box in the view box's units: [[x0, y0], [x1, y1]]. */
export type Extent = readonly [readonly [number, number], readonly [number, number]];

/** Room kept around a zoomed section, in view-box units (4 px on a 960-px map). */
const ZOOM_MARGIN = 4;

/** What the map's box shows: a translation, then a scale, in a box `height` units tall (and `width` wide). */
export interface MapView {
  x: number;
  y: number;
  k: number;
  height: number;
}

/**
 * The view that fits `extent` (a section's land) in a box `width` wide and `worldHeight` tall for
 * the whole world. A section wider than that box's ratio (Eurasia, North America) gets a box of
 * its own ratio, as tall as the section needs: no empty band above and below it, no taller than
 * the world.
 */
export function fit([[x0, y0], [x1, y1]]: Extent, width: number, worldHeight: number): MapView {
  const k = Math.min((width - 2 * ZOOM_MARGIN) / (x1 - x0), (worldHeight - 2 * ZOOM_MARGIN) / (y1 - y0));
  const height = Math.min(worldHeight, Math.ceil(k * (y1 - y0) + 2 * ZOOM_MARGIN));
  return {x: width / 2 - (k * (x0 + x1)) / 2, y: height / 2 - (k * (y0 + y1)) / 2, k, height};
}

/** What a view shows of the world's view box, `width` wide: the box's corners, back through the zoom. */
export function shownBy({x, y, k, height}: MapView, width: number): Extent {
  return [
    [-x / k, -y / k],
    [(width - x) / k, (height - y) / k],
  ];
}
