// The visual design holds at large text, in both colour schemes (issue 12, item 6; QA round 12,
// #4 and #10). At 360x740 and 1280x800, light and dark, with the page's own root font size at
// 200 % (what a reader's stylesheet or a zoom extension does; media queries in rem do not see
// it): nothing overlaps the call bar's name and the name keeps room for more than a letter, no
// word of the site header is split over two lines, the skip link is out of sight until it has
// the focus, nothing scrolls sideways; at 100 % on a phone the tone line is in sight; axe-core
// finds nothing serious on the catalog, briefing, call and debrief in dark mode.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, playToEnd, screenshot, seriousA11yViolations, startCallAt, useSite } from './helpers.mjs';

const site = useSite();

const VIEWPORTS = [
  ['phone', { width: 360, height: 740 }],
  ['laptop', { width: 1280, height: 800 }],
];
const SCHEMES = ['light', 'dark'];
const CALL = 'tech-novice-router';
const QUERY = 'lang=pl&timer=standard&mode=coach&seed=3';

async function openPage({ viewport, scheme }) {
  const page = await newPage(site.browser, { locale: 'pl-PL', viewport });
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  return page;
}

/** Sets the root font size as the QA did, then lets layout settle. */
async function rootFont(page, size) {
  await page.evaluate((s) => {
    document.documentElement.style.fontSize = s;
  }, size);
  // Chromium applies container queries in rem (the call bar's large-text layout) a frame or two
  // after the root font changes, later still under load: wait for frames and a pause, then
  // frames again, so the measure sees the settled layout.
  const frames = () => page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  await frames();
  await page.waitForTimeout(250);
  await frames();
}

/** How far the page scrolls sideways (0 when it does not). */
function sideways(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The words of the site header that are broken over more than one line box. */
function splitHeaderWords(page) {
  return page.evaluate(() => {
    const split = [];
    const header = document.querySelector('.site-header');
    const walker = document.createTreeWalker(header, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const style = getComputedStyle(node.parentElement);
      if (node.parentElement.closest('.visually-hidden') || style.display === 'none') continue;
      const re = /\S+/g;
      for (let m = re.exec(node.data); m; m = re.exec(node.data)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) split.push(`${m[0]} (${lines.size} lines)`);
      }
    }
    return split;
  });
}

/** Whether the skip link can be seen or hit at the point where it would show. */
function skipLinkShown(page) {
  return page.evaluate(() => {
    const link = document.querySelector('.skip-link');
    const r = link.getBoundingClientRect();
    const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
    const inView = r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
    const hit = document.elementFromPoint(x, y);
    return inView && (hit === link || link.contains(hit));
  });
}

/** The call bar's name: its box, the room shown for it, and what covers it. */
function callName(page) {
  return page.evaluate(() => {
    const name = document.querySelector('.call-name');
    const bar = document.querySelector('[data-testid=call-bar]');
    const r = name.getBoundingClientRect();
    const style = getComputedStyle(name);
    const em = parseFloat(style.fontSize);
    // The text's own extent (it may be shorter than the box).
    const range = document.createRange();
    range.selectNodeContents(name);
    const text = range.getBoundingClientRect();
    const right = Math.min(r.right, text.right);
    // Hit-test points along the middle of the shown text.
    const covered = [];
    for (let i = 0; i < 7; i++) {
      const x = r.left + 2 + ((right - r.left - 4) * i) / 6;
      const y = r.top + r.height / 2;
      const hit = document.elementFromPoint(x, y);
      if (hit && hit !== name && !name.contains(hit)) covered.push(`${hit.tagName.toLowerCase()}.${hit.getAttribute('class') ?? ''} at ${Math.round(x)},${Math.round(y)}`);
    }
    // Boxes of the bar's other visible pieces that intersect the name's box.
    const overlaps = [];
    for (const el of bar.querySelectorAll('.portrait svg, .timer, .mood, .call-emotion, .call-title')) {
      const b = el.getBoundingClientRect();
      // Pieces hidden for the eye (visually-hidden: 1px boxes that clip their content) do not count.
      let hidden = false;
      for (let a = el; a && a !== bar; a = a.parentElement) {
        const s = getComputedStyle(a);
        const box = a.getBoundingClientRect();
        if (s.visibility === 'hidden' || s.display === 'none' || box.width <= 1 || box.height <= 1) hidden = true;
      }
      if (hidden) continue;
      const x = Math.min(r.right, b.right) - Math.max(r.left, b.left);
      const y = Math.min(r.bottom, b.bottom) - Math.max(r.top, b.top);
      if (x > 0.5 && y > 0.5) overlaps.push(`${el.getAttribute('class')} (${Math.round(x)}x${Math.round(y)})`);
    }
    // Any two pieces of the bar whose ink overlaps (text by its glyphs' boxes, so text that
    // runs out of its cell counts): the name, the mood's label and word, the tone, the clocks.
    const pieces = [];
    for (const el of bar.querySelectorAll('.call-name, .mood-head > *, .mood-track, .call-emotion, .call-clock, .timer-seconds, .timer svg, .portrait svg')) {
      let hidden = false;
      for (let a = el; a && a !== bar; a = a.parentElement) {
        const s = getComputedStyle(a);
        const box = a.getBoundingClientRect();
        if (s.visibility === 'hidden' || s.display === 'none' || box.width <= 1 || box.height <= 1) hidden = true;
      }
      if (hidden) continue;
      let rects = [el.getBoundingClientRect()];
      if (el.textContent.trim() && !(el instanceof SVGElement)) {
        const range = document.createRange();
        range.selectNodeContents(el);
        rects = [...range.getClientRects()].filter((q) => q.width > 0 && q.height > 0);
        // Text cut off by its own box (an ellipsis) shows only inside that box.
        if (getComputedStyle(el).overflowX !== 'visible') {
          const box = el.getBoundingClientRect();
          rects = rects.map((q) => DOMRect.fromRect({ x: q.left, y: q.top, width: Math.max(0, Math.min(q.right, box.right) - q.left), height: q.height }));
        }
      }
      pieces.push({ el, rects });
    }
    const clashes = [];
    for (let i = 0; i < pieces.length; i++) {
      for (let j = i + 1; j < pieces.length; j++) {
        const [a, b] = [pieces[i], pieces[j]];
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        for (const p of a.rects) {
          for (const q of b.rects) {
            const x = Math.min(p.right, q.right) - Math.max(p.left, q.left);
            const y = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
            if (x > 1 && y > 1) clashes.push(`${a.el.getAttribute('class') ?? a.el.id} / ${b.el.getAttribute('class') ?? b.el.id} (${Math.round(x)}x${Math.round(y)})`);
          }
        }
      }
    }
    return {
      clashes: [...new Set(clashes)],
      shown: style.display !== 'none' && r.width > 1 && r.height > 1,
      room: name.clientWidth,
      needed: name.scrollWidth,
      em,
      covered,
      overlaps,
    };
  });
}

for (const [device, viewport] of VIEWPORTS) {
  for (const scheme of SCHEMES) {
    test(`${device} ${viewport.width}x${viewport.height}, ${scheme}, 200 % root font: header, skip link, call bar, no sideways scroll`, async () => {
      const page = await openPage({ viewport, scheme });
      const tag = `design-${device}-${scheme}-200`;

      await page.goto(`${site.server.url}#/?lang=pl`);
      await page.locator('.site-header').waitFor();
      await page.locator('h1').first().waitFor();
      await rootFont(page, '200%');
      assert.deepEqual(await splitHeaderWords(page), [], 'catalog: header words split');
      assert.equal(await skipLinkShown(page), false, 'the skip link shows without the focus');
      assert.ok((await sideways(page)) <= 0, `catalog scrolls sideways by ${await sideways(page)} px`);
      await screenshot(page, `${tag}-catalog`);
      // Focused, the skip link comes into sight.
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
      // (It slides in, in a frame or two, even with reduced motion.)
      await page.waitForFunction(() => getComputedStyle(document.querySelector('.skip-link')).transform === 'none', null, { timeout: 2000 }).catch(() => {});
      assert.equal(await skipLinkShown(page), true, 'the focused skip link is out of sight');
      await page.keyboard.press('Shift+Tab');

      await page.goto(`${site.server.url}#/play/${CALL}?${QUERY}`);
      await page.getByTestId('start-call').waitFor();
      await rootFont(page, '200%');
      assert.deepEqual(await splitHeaderWords(page), [], 'briefing: header words split');
      assert.ok((await sideways(page)) <= 0, `briefing scrolls sideways by ${await sideways(page)} px`);

      await rootFont(page, '');
      await startCallAt(page, site.server.url, CALL, QUERY);
      await rootFont(page, '200%');
      const name = await callName(page);
      assert.ok(name.shown, 'the name is shown in the call bar');
      assert.deepEqual(name.covered, [], 'something covers the name');
      assert.deepEqual(name.overlaps, [], 'a piece of the bar overlaps the name');
      assert.deepEqual(name.clashes, [], 'pieces of the call bar overlap');
      assert.ok(
        name.room >= Math.min(name.needed, 5 * name.em) - 0.5,
        `the name has ${name.room}px of ${name.needed}px (${(name.room / name.em).toFixed(1)} em): cut to a letter or two`,
      );
      assert.ok((await sideways(page)) <= 0, `call scrolls sideways by ${await sideways(page)} px`);
      await screenshot(page, `${tag}-call`);
      assert.deepEqual(page.problems, []);
      await page.context().close();
    });
  }
}

test('phone, 100 %: the tone line is in sight under the mood, not only for screen readers', async () => {
  const page = await openPage({ viewport: { width: 360, height: 740 }, scheme: 'light' });
  await startCallAt(page, site.server.url, CALL, QUERY);
  const tone = await page.evaluate(() => {
    const el = document.querySelector('.call-emotion');
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + Math.min(r.width, 20) / 2, r.top + r.height / 2);
    return { text: el.textContent, width: r.width, height: r.height, hit: hit === el || el.contains(hit) };
  });
  assert.match(tone.text, /^Ton: /);
  assert.ok(tone.width > 40 && tone.height > 8 && tone.hit, `the tone line is not in sight: ${JSON.stringify(tone)}`);
  await page.context().close();
});

for (const [device, viewport] of VIEWPORTS) {
  test(`${device}, dark: axe-core finds nothing serious on the catalog, briefing, call and debrief`, async () => {
    const page = await openPage({ viewport, scheme: 'dark' });
    assert.equal(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), true);
    await page.goto(`${site.server.url}#/?lang=pl`);
    await page.locator('h1').first().waitFor();
    assert.deepEqual(await seriousA11yViolations(page), [], 'catalog');
    await page.goto(`${site.server.url}#/play/${CALL}?${QUERY}`);
    await page.getByTestId('start-call').waitFor();
    assert.deepEqual(await seriousA11yViolations(page), [], 'briefing');
    await startCallAt(page, site.server.url, CALL, QUERY.replace('timer=standard', 'timer=off'));
    assert.deepEqual(await seriousA11yViolations(page), [], 'call');
    await playToEnd(page);
    await page.getByTestId('debrief').waitFor();
    assert.deepEqual(await seriousA11yViolations(page), [], 'debrief');
    await screenshot(page, `design-${device}-dark-debrief`);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}
