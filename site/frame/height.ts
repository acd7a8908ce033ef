/**
 * Keeps the page that embeds a frame told of the frame's height, in two protocols:
 *
 * - WordPress's (wp-includes/js/wp-embed.js, since 4.4): WordPress appends `#?secret=…` to the
 *   frame's address; the frame posts `{message: 'height', value, secret}` and answers the host's
 *   `{message: 'ready', secret}` with its height again. WordPress shows the frame (hiding the
 *   blockquote it holds as a fallback) at the first message, and clamps heights to 200–1000 px.
 * - The plain one, for every other host, spoken with `uclg-frame-host.js`:
 *   `{type: 'uclg-widgets:height', height}`, and `{type: 'uclg-widgets:ready'}` from the host
 *   asking for it again.
 *
 * Heights are sent once the element has rendered with its fonts, then on every change of the
 * document's size (width changed, the map's list opened, the commissions filter typed): a
 * ResizeObserver sees them all. A height is the content's, not the frame's, so a frame can shrink
 * as well as grow.
 */
export const heightType = 'uclg-widgets:height';
export const readyType = 'uclg-widgets:ready';

/** The secret WordPress put in the frame's address (`#?secret=abc123`), or undefined. */
export function wordPressSecret(hash: string): string | undefined {
  const secret = new URLSearchParams(hash.replace(/^#\??/, '')).get('secret');
  // WordPress's secrets are 10 letters and digits, and wp-embed.js drops any other.
  return secret && /^[a-zA-Z0-9]+$/.test(secret) ? secret : undefined;
}

/**
 * Starts telling `parent` the height of this document once `rendered` resolves (the element has
 * rendered: before, the height is a placeholder's, and WordPress shows the frame at the first height
 * it gets); never a height of 0.
 */
export function reportHeight(rendered: Promise<unknown>): void {
  if (parent === window) return;
  const root = document.documentElement;
  const secret = wordPressSecret(location.hash);
  let ready = false;
  let sent = -1;
  let settle: ReturnType<typeof setTimeout> | undefined;
  // No scrollbar while the host is sizing the frame: one would narrow the content, which would then
  // report a height for the wrong width. Once the host has had its say (it resized the frame, or
  // half a second went by), the frame scrolls only if the content is still taller: the host's cap.
  const fit = () => root.classList.toggle('uclg-frame-fits', root.scrollHeight <= innerHeight + 1);
  root.classList.add('uclg-frame-fits');
  addEventListener('resize', fit);
  // WordPress keeps the frame out of the layout (absolutely placed, clipped, as wide as the page)
  // until the frame first speaks, whatever it says (wp-embed.js). Said at once, so that the widget
  // lays out, and reports its first height, at the width of the post's column: the prebuilt facts
  // show meanwhile, at the height measured at build time.
  if (secret) parent.postMessage({message: 'uclg-widgets:shown', secret}, '*');
  const send = (force = false) => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (!ready || height <= 0 || (height === sent && !force)) return;
    sent = height;
    parent.postMessage({type: heightType, height}, '*');
    if (secret) parent.postMessage({message: 'height', value: height, secret}, '*');
    clearTimeout(settle);
    settle = setTimeout(fit, 500);
  };
  addEventListener('message', (event: MessageEvent) => {
    if (event.source !== parent) return;
    const data = event.data as {type?: unknown; message?: unknown; secret?: unknown} | null;
    const wordPressReady = secret && data?.message === 'ready' && data.secret === secret;
    if (wordPressReady || data?.type === readyType) send(true);
  });
  new ResizeObserver(() => send()).observe(root);
  addEventListener('load', () => send(true));
  void document.fonts?.ready.then(() => send());
  void rendered.then(() => {
    ready = true;
    send(true);
  });
}
