// Places every element of the manifest in the language of `?lang=`, then imports each element's
// own bundle (import() needs no Trusted Types policy; the bundles are the page's own origin).
const lang = new URLSearchParams(location.search).get('lang') ?? 'en';
const manifest = await (await fetch('/dist/custom-elements.json')).json();
const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => d.tagName ?? []);
for (const tag of tags) {
  const element = document.createElement(tag);
  element.setAttribute('lang', lang);
  document.body.append(element);
}
await Promise.all(tags.map((tag) => import(`/dist/${tag}.js`)));
