// The baseline map: fetch the atlas, project every country, colour it by section, show a
// tooltip with the country's name and section on hover. `window.painted` marks the first paint
// (of every map: `?maps=3` draws three from the same fetched atlas).
/* global d3, topojson, benchSections */
(async () => {
  const ns = 'http://www.w3.org/2000/svg';
  const first = document.querySelector('.map');
  for (let i = 1; i < Number(new URLSearchParams(location.search).get('maps') ?? 1); i++)
    first.after(first.cloneNode(true));
  const world = await (await fetch('/node_modules/world-atlas/countries-110m.json')).json();
  for (const map of document.querySelectorAll('.map')) {
    const svg = map.querySelector('svg');
    const tip = map.querySelector('.tip');
    const countries = topojson.feature(world, world.objects.countries);
    const projection = d3.geoEqualEarth().fitWidth(960, {type: 'Sphere'});
    const path = d3.geoPath(projection);
    const sphere = document.createElementNS(ns, 'path');
    sphere.setAttribute('d', path({type: 'Sphere'}));
    sphere.setAttribute('fill', '#e8eff6');
    svg.append(sphere);
    for (const f of countries.features) {
      const section = benchSections.byId[f.id] ?? benchSections.byName[f.properties.name];
      const p = document.createElementNS(ns, 'path');
      p.setAttribute('d', path(f));
      p.setAttribute('fill', benchSections.colour[section] ?? '#d5d9de');
      p.dataset.name = f.properties.name;
      p.dataset.section = benchSections.name[section] ?? '';
      svg.append(p);
    }
    const borders = document.createElementNS(ns, 'path');
    borders.setAttribute('d', path(topojson.mesh(world, world.objects.countries, (a, b) => a !== b)));
    borders.setAttribute('fill', 'none');
    borders.setAttribute('stroke', '#fff');
    borders.setAttribute('stroke-width', '0.5');
    svg.append(borders);
    svg.addEventListener('pointermove', (event) => {
      const {name, section} = event.target.dataset;
      if (!name) return void (tip.hidden = true);
      tip.textContent = `${name} — ${section}`;
      tip.style.left = `${event.offsetX + 12}px`;
      tip.style.top = `${event.offsetY}px`;
      tip.hidden = false;
    });
  }
  window.mapReady = true;
  // After the next frame's rendering steps: a message posted from requestAnimationFrame.
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (window.painted = performance.now());
    channel.port2.postMessage(0);
  });
})();
