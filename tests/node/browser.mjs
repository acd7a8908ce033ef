// What the Node tests that drive Chromium share: opening a page while collecting its errors, and
// reading what an element rendered.

/** Opens `url` in a new page; resolves with the page and the errors it logs (CSP, SRI included). */
export async function open(browser, url) {
  const page = await browser.newPage();
  await page.setViewport({width: 1280, height: 900});
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // A plain page asks for /favicon.ico, which neither dist/ nor Storybook has.
  page.on('console', (m) => m.type() === 'error' && !/favicon/.test(m.location()?.url ?? '') && errors.push(m.text()));
  await page.goto(url, {waitUntil: 'networkidle0'});
  return {page, errors};
}

/** The text in the shadow root of the element `selector` finds, once it has rendered some. */
export async function shadowText(page, selector) {
  const text = await page.waitForFunction(
    (selector) => document.querySelector(selector)?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim(),
    {timeout: 10000},
    selector,
  );
  return text.jsonValue();
}
