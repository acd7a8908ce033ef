// Marks the element page's first paint of the map, as baseline.js does for the baseline: it runs
// before the bundle, waits for the element's first render, then for the next frame's rendering.
await customElements.whenDefined('uclg-sections-map');
await document.querySelector('uclg-sections-map').updateComplete;
window.mapReady = true;
// After the next frame's rendering steps: a message posted from requestAnimationFrame.
requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => (window.painted = performance.now());
  channel.port2.postMessage(0);
});
