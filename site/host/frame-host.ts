/**
 * uclg-frame-host.js, for pages that embed UCLG widget frames without WordPress: sizes every
 * widget frame to its content, as the frame reports it (`{type: 'uclg-widgets:height', height}`,
 * see site/frame/height.ts). A message counts only when it comes from the window of one of the
 * page's widget frames and has that shape; any other is ignored. Frames added later are found too.
 * Kept under 1 KB gzip: a page loads it once for all its frames.
 */
const frames = () =>
  document.querySelectorAll<HTMLIFrameElement>(
    'iframe[data-uclg-frame], iframe[src*="/frame/uclg-"], iframe[src*="/embed/uclg-"]',
  );

addEventListener('message', (event: MessageEvent) => {
  const data = event.data as {type?: unknown; height?: unknown} | null;
  if (data?.type !== 'uclg-widgets:height' || !Number.isFinite(data.height) || !((data.height as number) > 0)) return;
  for (const frame of frames()) {
    if (frame.contentWindow === event.source && event.source) {
      frame.style.height = `${Math.ceil(data.height as number)}px`;
    }
  }
});

// Frames that reported before this script ran are asked again.
for (const frame of frames()) frame.contentWindow?.postMessage({type: 'uclg-widgets:ready'}, '*');
