// The widgets on a real WordPress (Debian's `wordpress` package, MariaDB, PHP's built-in server:
// site/tests/wordpress/), posted by real users through WordPress's own filtering, read in Chromium as
// a visitor reads them. It shows why the Link route exists: an Author's <script> and custom
// element are stripped, while the frame page's URL, alone on its line or in a block-editor embed
// block, becomes WordPress's sandboxed embed, sized to the widget.
import assert from 'node:assert/strict';
import {existsSync, mkdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {after, before, test} from 'node:test';
import puppeteer from 'puppeteer-core';
import {chromiumArgs, chromiumPath, missingChromium} from '../../scripts/tools/chromium.mjs';
import {startWordPress} from './wordpress/wordpress.mjs';
import {links as posted} from './wordpress/links.mjs';
import {open as openPage, shadowText} from '../../tests/node/browser.mjs';

const dist = new URL('../../dist/', import.meta.url).pathname;
const screenshots = new URL('../../screenshots/', import.meta.url).pathname;
// WordPress fetches oEmbed from a loopback address only on its own host and ports 80, 443, 8080.
const base = 'http://127.0.0.1:8080/';
// The whole file must stay under 3 minutes; a step that hangs fails it.
const timeout = 45000;

/** The Link route's pages this test posts (site/tests/wordpress/links.mjs), at this WordPress's address. */
// From the moving channel, as the configurator hands a Link out: a post follows each release.
const {channel} = JSON.parse(readFileSync(join(dist, 'embed.json'), 'utf8'));
const links = posted.map((link) => ({...link, url: `${base}${channel}/embed/${link.tag}/${link.name}.html`}));

let framesError; // why site/build/frames.mjs could not write the Link route's pages, if it could not
let wp;
let browser;
before(
  async () => {
    assert.ok(chromiumPath, missingChromium);
    assert.ok(existsSync(join(dist, 'embed.json')), 'dist/ is not built: run `npm run build` first.');
    wp = await startWordPress({dist});
    // The Link route's pages and oEmbed documents, rewritten in the served copy for its address.
    try {
      const {writeFrames} = await import('../build/frames.mjs');
      await writeFrames({dist: wp.dist, base});
    } catch (error) {
      framesError = error;
    }
    browser = await puppeteer.launch({executablePath: chromiumPath, args: chromiumArgs});
    mkdirSync(screenshots, {recursive: true});
  },
  {timeout: 90000},
);
after(async () => {
  await browser?.close();
  await wp?.stop();
});

/** The configurator's snippet of `kind` (module, frame) for `tag` in `lang`, as a webmaster copies it. */
async function configuratorSnippet(kind, tag, lang) {
  const {page} = await openPage(browser, `${base}#element=${tag}&lang=${lang}`);
  const text = await page.waitForFunction(
    ([kind, tag]) => {
      const code = document.querySelector(`#${kind}-snippet`)?.textContent;
      return code?.includes(kind === 'frame' ? `/frame/${tag}.html` : `</${tag}>`) && code;
    },
    {},
    [kind, tag],
  );
  const snippet = await text.jsonValue();
  await page.close();
  return snippet;
}
const scriptSnippet = (tag, lang) => configuratorSnippet('module', tag, lang);

/** Content as the block editor saves it: a Custom HTML block holding `html`. */
const htmlBlock = (html) => `<!-- wp:html -->\n${html}\n<!-- /wp:html -->`;

/**
 * An embed block for `url` as the block editor writes it: it asks WordPress's oEmbed proxy for
 * the preview, then takes the type and provider slug from it (block-library's
 * getAttributesFromPreview: "wp-embed" when WordPress made it a sandboxed embed).
 */
async function embedBlock(url, role) {
  const preview = await wp.get(role, '/oembed/1.0/proxy', {url});
  const type = preview.html?.includes('class="wp-embedded-content"') ? 'wp-embed' : preview.type;
  const slug = preview.provider_name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const attributes = JSON.stringify({url, type, providerNameSlug: slug});
  return [
    `<!-- wp:embed ${attributes} -->`,
    `<figure class="wp-block-embed is-type-${type} is-provider-${slug} wp-block-embed-${slug}"><div class="wp-block-embed__wrapper">`,
    url,
    '</div></figure>',
    '<!-- /wp:embed -->',
  ].join('\n');
}

/** Saves the post as a visitor sees it (header, title, content), as screenshots/wordpress-<name>.png. */
async function shoot(page, name, width = 1280) {
  const bottom = await page.$eval('.wp-block-post-content', (e) => e.getBoundingClientRect().bottom + scrollY);
  await page.screenshot({
    path: join(screenshots, `wordpress-${name}.png`),
    clip: {x: 0, y: 0, width, height: Math.ceil(bottom) + 48},
  });
}

test('an Author’s post holding the Script snippet is saved without the script and the element', {timeout}, async () => {
  const snippet = await scriptSnippet('uclg-stats', 'en');
  const post = await wp.post('author', {title: 'Script snippet, by an Author', content: htmlBlock(snippet)});
  assert.doesNotMatch(post.content.raw, /<script|<uclg-stats/, 'WordPress kept what an Author may not post');
  const {page} = await openPage(browser, post.link);
  await shoot(page, 'script-author');
  const found = await page.evaluate(() => ({
    elements: document.querySelectorAll('uclg-stats').length,
    scripts: [...document.scripts].filter((s) => s.src.includes('uclg-stats')).length,
    defined: Boolean(customElements.get('uclg-stats')),
  }));
  assert.deepEqual(found, {elements: 0, scripts: 0, defined: false});
  await page.close();
});

test('an Administrator’s post holding the Script snippet shows the widget', {timeout}, async () => {
  const snippet = await scriptSnippet('uclg-stats', 'en');
  const post = await wp.post('administrator', {
    title: 'Script snippet, by an Administrator',
    content: htmlBlock(snippet),
  });
  const {page, errors} = await openPage(browser, post.link);
  assert.equal(await page.evaluate(() => Boolean(customElements.get('uclg-stats'))), true);
  assert.match(await shadowText(page, '.wp-block-post-content uclg-stats'), /A strong, united voice/);
  await shoot(page, 'script-administrator');
  assert.deepEqual(errors, []);
  await page.close();
});

/** Run in the post's page before its scripts: records each height WordPress gives an embed's frame. */
function recordAppliedHeights() {
  window.appliedHeights = [];
  new MutationObserver((records) => {
    for (const {target} of records) {
      if (target.matches('iframe.wp-embedded-content'))
        window.appliedHeights.push(Number(target.getAttribute('height')));
    }
  }).observe(document, {subtree: true, attributes: true, attributeFilter: ['height']});
}

/** Waits until `check` returns true, every 100 ms for up to `ms`; returns its last value. */
async function settle(read, check, ms = 10000) {
  const end = Date.now() + ms;
  let value = await read();
  while (!check(value) && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

for (const link of links) {
  // The three ways an Author pastes a Link: in the classic editor, in a paragraph of the block
  // editor (when it is not turned into an embed block), and as the embed block it usually becomes.
  const paragraph = (text) => `<!-- wp:paragraph -->\n<p>${text}</p>\n<!-- /wp:paragraph -->`;
  const forms = {
    'a URL alone on its line': async () => `${link.intro}\n\n${link.url}\n`,
    'a URL alone in a paragraph block': async () => `${paragraph(link.intro)}\n\n${paragraph(link.url)}`,
    'a block-editor embed block': async () => `${paragraph(link.intro)}\n\n${await embedBlock(link.url, 'author')}`,
  };
  for (const [form, contentOf] of Object.entries(forms)) {
    test(
      `an Author’s Link to <${link.tag}> (${link.name}) as ${form} is WordPress’s sandboxed embed, sized to the widget`,
      {timeout},
      async () => {
        if (framesError)
          throw new Error(`site/build/frames.mjs could not write the Link route's pages: ${framesError.message}`);
        const content = await contentOf();
        const shot = `link-${form.includes('embed') ? 'block' : form.includes('paragraph') ? 'paragraph' : 'url'}`;
        const post = await wp.post('author', {title: link.title, content});
        const {page, errors} = await openPage(browser, post.link, {init: recordAppliedHeights});

        // WordPress's embed: a sandboxed frame of the page, behind a blockquote until the first height.
        const iframes = await page.$$eval('iframe.wp-embedded-content', (frames) =>
          frames.map((f) => ({src: f.src.replace(/#.*/, ''), sandbox: f.getAttribute('sandbox')})),
        );
        assert.deepEqual(iframes, [{src: link.url, sandbox: 'allow-scripts'}]);
        await page.waitForFunction(
          () => {
            const quote = document.querySelector('blockquote.wp-embedded-content');
            const frame = document.querySelector('iframe.wp-embedded-content');
            return quote && getComputedStyle(quote).display === 'none' && !frame.hasAttribute('style');
          },
          {timeout: 10000},
        );

        // The widget renders inside the frame, in the page's language.
        const frame = page.frames().find((f) => f.url().startsWith(link.url));
        assert.ok(frame, `no frame loaded ${link.url}`);
        const text = await frame
          .waitForFunction(
            (tag) => document.querySelector(tag)?.shadowRoot?.textContent.replace(/\s+/g, ' ').trim(),
            {timeout: 10000},
            link.tag,
          )
          .then((handle) => handle.jsonValue());
        assert.ok(text.includes(link.text), `the frame shows “${text.slice(0, 200)}…”`);
        if (link.pressed) {
          const pressed = await frame.$eval(
            link.tag,
            (e) => e.shadowRoot.querySelector('[part="legend"] [aria-pressed="true"]')?.textContent,
          );
          assert.match(pressed ?? '', new RegExp(link.pressed));
        }

        // The frame's viewport is as tall as the widget (WordPress clamps heights to 200–1000 px), with
        // no scrollbar.
        const heights = () =>
          Promise.all([
            page.$eval('iframe.wp-embedded-content', (f) => f.clientHeight),
            frame.$eval(link.tag, (e) => e.getBoundingClientRect().height),
          ]);
        const sized = async (where) => {
          const [framed, widget] = await settle(heights, ([framed, widget]) => Math.abs(framed - widget) <= 2);
          assert.ok(widget >= 200 && widget <= 1000, `${where}: the widget is ${widget} px tall, outside 200–1000 px`);
          assert.ok(
            Math.abs(framed - widget) <= 2,
            `${where}: the frame is ${framed} px tall, the widget ${widget} px`,
          );
          const overflow = await frame.evaluate(() => {
            const {scrollHeight, clientHeight, scrollWidth, clientWidth} = document.documentElement;
            return {vertical: scrollHeight > clientHeight, horizontal: scrollWidth > clientWidth};
          });
          assert.deepEqual(overflow, {vertical: false, horizontal: false}, where);
        };
        await sized('at 1280 px');
        // The first height WordPress gave the frame was already the right one: nothing below moved.
        const applied = await page.evaluate(() => window.appliedHeights);
        const final = await page.$eval('iframe.wp-embedded-content', (f) => f.clientHeight);
        assert.ok(applied.length && Math.abs(applied[0] - final) <= 2, `heights applied: ${applied}, final ${final}`);
        await shoot(page, `${shot}-${link.tag}-${link.name}`);

        // On a phone, the frame takes the column's width: the post never scrolls sideways.
        await page.setViewport({width: 375, height: 800});
        const phone = await settle(
          () =>
            page.evaluate(() => ({
              sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
              inside:
                document.querySelector('iframe.wp-embedded-content').getBoundingClientRect().right <=
                document.documentElement.clientWidth,
            })),
          (state) => !state.sideways && state.inside,
        );
        assert.deepEqual(phone, {sideways: false, inside: true});
        await sized('at 375 px');
        await shoot(page, `${shot}-${link.tag}-${link.name}-phone`, 375);

        // The frame's page reads in its widget's direction; a link inside the sandbox shows its
        // address to copy, with nothing in the console.
        const lang = link.name.split('-')[0];
        assert.deepEqual(await frame.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), [
          lang,
          lang === 'ar' ? 'rtl' : 'ltr',
        ]);
        const outward = (
          await frame.evaluateHandle(
            (tag) => document.querySelector(tag).shadowRoot.querySelector('a[href^="https:"]'),
            link.tag,
          )
        ).asElement();
        // The key figures and the commissions link nowhere; the other widgets have a link out.
        assert.equal(
          Boolean(outward),
          !['uclg-stats', 'uclg-commissions'].includes(link.tag),
          `${link.tag}'s link out`,
        );
        if (outward) {
          await outward.click();
          await frame.waitForSelector('.uclg-frame-note', {timeout: 5000});
        }
        assert.deepEqual(errors, []);
        await page.close();
      },
    );
  }
}

test(
  'an Administrator’s post holding the Frame snippet (contact, Portuguese) shows the widget in the column, sized to it',
  {timeout},
  async () => {
    const snippet = await configuratorSnippet('frame', 'uclg-contact', 'pt');
    const intro = '<!-- wp:paragraph -->\n<p>Fale com o Secretariado Mundial da CGLU:</p>\n<!-- /wp:paragraph -->';
    const post = await wp.post('administrator', {
      title: 'Contato da CGLU',
      content: `${intro}\n\n${htmlBlock(snippet)}`,
    });
    const {page, errors} = await openPage(browser, post.link);
    const frame = page.frames().find((f) => f.url().includes('/frame/uclg-contact.html'));
    assert.ok(frame, 'no frame of the contact widget');
    await frame.waitForFunction(
      () => document.querySelector('uclg-contact')?.shadowRoot?.textContent.includes('Telefone'),
      {
        timeout: 10000,
      },
    );
    for (const width of [1280, 375]) {
      await page.setViewport({width, height: 800});
      const state = await settle(
        () =>
          Promise.all([
            page.$eval('iframe[data-uclg-frame]', (f) => {
              const box = f.getBoundingClientRect();
              const column = document.querySelector('.wp-block-post-content > p').getBoundingClientRect();
              return {
                height: box.height,
                title: f.title,
                lang: f.lang,
                // A block in the column: its edges are those of the paragraph above it.
                inColumn: Math.abs(box.left - column.left) <= 1 && Math.abs(box.right - column.right) <= 1,
                sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
              };
            }),
            frame.$eval('uclg-contact', (e) => e.getBoundingClientRect().height),
          ]),
        ([state, widget]) => Math.abs(state.height - widget) <= 2 && state.inColumn,
      );
      const [{height, ...seen}, widget] = state;
      assert.ok(Math.abs(height - widget) <= 2, `${width} px: the frame is ${height} px tall, the widget ${widget} px`);
      assert.deepEqual(
        seen,
        {title: 'Secretariado mundial', lang: 'pt', inColumn: true, sideways: false},
        `${width} px`,
      );
      await shoot(page, `frame-administrator-uclg-contact-${width}`, width);
    }
    assert.deepEqual(errors, []);
    await page.close();
  },
);
