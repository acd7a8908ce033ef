// The custom elements a built custom-elements.json declares, for the Node side (the site's build,
// the tools, the tests); the browser side reads the same file through site/manifest.ts.
import {readFileSync} from 'node:fs';

/** Every custom element `manifestPath` (dist/custom-elements.json by default) declares, in its order. */
export function declarations(manifestPath = new URL('../../dist/custom-elements.json', import.meta.url)) {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  return manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
}
