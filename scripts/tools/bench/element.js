// Marks the element page's first paint of its maps (one, or the last of several), as baseline.js
// does for the baseline: it runs before the bundle, waits for every map's first render, then for
// the next frame's rendering. `?maps=3` shows three maps, as a section's site may show one per
// section, each highlighting another section.
const maps = Number(new URLSearchParams(location.search).get('maps') ?? 1);
if (maps > 1) {
  const first = document.querySelector('.map');
  for (const section of ['latin-america', 'europe', 'africa'].slice(0, maps)) {
    const copy = first.cloneNode(true);
    copy.firstElementChild.setAttribute('highlight', section);
    first.after(copy);
  }
  first.remove();
}
// `?zoom=europe`: the map zoomed on that section, with its finer map as the configurator's
// snippet loads it (its module beside the bundle); painted once the finer map is drawn.
const zoom = new URLSearchParams(location.search).get('zoom');
if (zoom) {
  const map = document.querySelector('uclg-sections-map');
  map.setAttribute('highlight', zoom);
  map.setAttribute('zoom', '');
  void import(`/dist/uclg-sections-map.${zoom}.js`);
}
await customElements.whenDefined('uclg-sections-map');
await Promise.all([...document.querySelectorAll('uclg-sections-map')].map((map) => map.updateComplete));
if (zoom) {
  const map = document.querySelector('uclg-sections-map');
  // Europe's finer map is cut to its view: Australia is not in it. Timed, as the world map is, to
  // the first frame with its land (the finer map's), not to the words that follow it.
  while (map.shadowRoot.querySelector('.place[data-id="AU"]')) await new Promise(requestAnimationFrame);
}
window.mapReady = true;
// After the next frame's rendering steps: a message posted from requestAnimationFrame.
requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => (window.painted = performance.now());
  channel.port2.postMessage(0);
});
