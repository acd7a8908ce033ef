// Places every element of the manifest in the language of `?lang=`, then imports each element's
// own bundle (import() needs no Trusted Types policy; the bundles are the page's own origin):
// `<tag>.js`, with every language, or with `?bundle=<lang>` its one-language bundle
// `<tag>.<lang>.js`; from dist/, or with `?from=tampered` from the test server's copy of dist/
// whose Spanish messages were altered after the build (web-test-runner.config.mjs).
import {spyIntl} from '../intl-spy.ts';

// Every use of Intl's number, plural and list formatting, which the build stands in for.
window.formattedAtRunTime = spyIntl().used;
const params = new URLSearchParams(location.search);
const lang = params.get('lang') ?? 'en';
const bundle = /^[a-z]{2,3}$/.exec(params.get('bundle') ?? '')?.[0];
const folder = params.get('from') === 'tampered' ? '/tampered-dist/' : '/dist/';
const manifest = await (await fetch('/dist/custom-elements.json')).json();
const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => d.tagName ?? []);
for (const tag of tags) {
  const element = document.createElement(tag);
  element.setAttribute('lang', lang);
  document.body.append(element);
}
await Promise.all(tags.map((tag) => import(`${folder}${tag}${bundle ? `.${bundle}` : ''}.js`)));
