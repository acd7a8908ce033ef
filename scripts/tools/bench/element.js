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
await customElements.whenDefined('uclg-sections-map');
await Promise.all([...document.querySelectorAll('uclg-sections-map')].map((map) => map.updateComplete));
window.mapReady = true;
// After the next frame's rendering steps: a message posted from requestAnimationFrame.
requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => (window.painted = performance.now());
  channel.port2.postMessage(0);
});
