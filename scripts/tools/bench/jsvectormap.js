// The jsVectorMap page: one map per `.map` box (`?maps=3` draws three), each region filled with
// its section's colour through a series, the tooltip naming the country and its section.
// `window.painted` marks the first paint of every map, as on the other pages.
/* global jsVectorMap, benchSections */
const first = document.querySelector('.map');
const maps = Number(new URLSearchParams(location.search).get('maps') ?? 1);
for (let i = 1; i < maps; i++) first.after(first.cloneNode(true));
let loaded = 0;
document.querySelectorAll('.map').forEach((box) => {
  // A map made while the page is still parsing waits for DOMContentLoaded; `onLoaded` follows its drawing.
  new jsVectorMap({
    selector: box,
    map: 'world',
    // No zoom buttons: the other pages draw none.
    zoomButtons: false,
    backgroundColor: '#e8eff6',
    regionStyle: {initial: {fill: '#d5d9de', stroke: '#fff', strokeWidth: 0.5}},
    series: {regions: [{attribute: 'fill', values: benchSections.byCode, scale: benchSections.colour}]},
    // The tooltip holds the region's name when this is called.
    onRegionTooltipShow(event, tooltip, code) {
      tooltip.text(`${tooltip.text()} — ${benchSections.name[benchSections.byCode[code]] ?? ''}`);
    },
    onLoaded() {
      if (++loaded < maps) return;
      window.mapReady = true;
      // After the next frame's rendering steps: a message posted from requestAnimationFrame.
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (window.painted = performance.now());
        channel.port2.postMessage(0);
      });
    },
  });
});
