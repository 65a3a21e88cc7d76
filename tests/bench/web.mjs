// The web benchmark: what the release build costs a trainee, measured in headless Debian
// Chromium and printed as numbers (never asserted, so a slow machine cannot fail a test).
//
// - bytes over the wire: every response of the first load (until the catalog shows) and of
//   opening a call, raw and brotli-compressed as a static host would serve them;
// - time to first render: navigation start to the first scenario card (median of 5 loads),
//   and the browser's first contentful paint;
// - click to next paint: a reply clicked to the frame that shows it (median and worst of the
//   replies of one call), unthrottled and at DevTools' 4x CPU slowdown;
// - side by side with a static floor page (the catalog's first screen as plain HTML with the
//   same stylesheets and no script): the catalog visible, and a trainer's link's briefing
//   visible, on DevTools' Slow 4G (562.5 ms latency, 1.44 Mbit/s) and unthrottled, with the
//   bytes, requests and layout shift of each; the catalog both as first painted (prerendered
//   in the page) and with the app running;
// - the JS heap and the WebAssembly memory once the catalog shows.
import { brotliCompressSync, constants } from 'node:zlib';
import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clickStart, launchBrowser, newPage, serveStatic, skipSpeaking } from '../e2e/helpers.mjs';

const DIST = process.env.CALMLINE_DIST ?? 'dist';
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1.44 * 1e6) / 8, uploadThroughput: (0.675 * 1e6) / 8 };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};
const brotli = (buf) =>
  brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

function recordResponses(page) {
  const log = [];
  page.on('response', async (response) => {
    try {
      const body = await response.body();
      log.push({ url: response.url(), raw: body.length, brotli: brotli(body) });
    } catch {
      // A response without a body (redirect, 304) costs nothing here.
    }
  });
  return log;
}

/** Plays one call with the first reply on screen, pushing each click's time to the next paint. */
async function measureCall(page, clicks) {
  const any = '[data-testid=reply], [data-testid=debrief], [data-testid=continue], [data-testid=to-debrief], [data-testid=skip-speaking]';
  for (let i = 0; i < 160; i++) {
    await page.waitForSelector(any);
    if (await page.getByTestId('debrief').count()) break;
    if (await page.getByTestId('to-debrief').count()) {
      // The call has ended: open the debrief, so that leaving the page asks nothing.
      await page.getByTestId('to-debrief').click();
      await page.getByTestId('debrief').waitFor();
      break;
    }
    if (await page.getByTestId('continue').count()) {
      await page.getByTestId('continue').click();
      await page.waitForSelector('[data-testid=continue]', { state: 'detached' });
      continue;
    }
    if (await page.getByTestId('skip-speaking').count()) {
      // The customer is still saying the line: the replies open once it is said.
      await skipSpeaking(page);
      continue;
    }
    clicks.push(
      await page.evaluate(
        () =>
          new Promise((done) => {
            const before = document.querySelectorAll('[data-testid=agent-line]').length;
            const t0 = performance.now();
            const observer = new MutationObserver(() => {
              const now = document.querySelectorAll('[data-testid=agent-line]').length;
              if (now > before || document.querySelector('[data-testid=debrief]')) {
                observer.disconnect();
                requestAnimationFrame(() => done(performance.now() - t0));
              }
            });
            observer.observe(document.body, { childList: true, subtree: true });
            document.querySelector('[data-testid=reply]').click();
          }),
      ),
    );
  }
}

const sum = (log, key) => log.reduce((n, r) => n + r[key], 0);

/** Loads `url` in a fresh page with an empty cache (optionally on Slow 4G) and returns the time
 * from navigation to the first paint that shows `selector`, with the bytes and requests. */
async function visible(url, selector, { slow = false } = {}) {
  const page = await newPage(browser);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (slow) await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  const log = recordResponses(page);
  await page.addInitScript((sel) => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    new MutationObserver((_, observer) => {
      if (document.querySelector(sel)) {
        observer.disconnect();
        requestAnimationFrame(() => { window.__shown = performance.now(); });
      }
    }).observe(document, { childList: true, subtree: true });
  }, selector);
  await page.goto(url);
  // Not waiting for the selector itself: the prerendered first screen may be gone already.
  // A first screen the app replaced before it was painted counts as not seen (NaN).
  const seen = await page
    .waitForFunction(() => window.__shown !== undefined, null, { timeout: 60_000 })
    .then(() => true, () => false);
  const ms = seen
    ? await page.evaluate(() => Math.max(window.__shown, performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0))
    : NaN;
  await page.waitForLoadState('networkidle');
  const shift = await page.evaluate(() => window.__shift);
  const result = { ms, files: log.length, brotli: sum(log, 'brotli'), shift };
  await page.context().close();
  return result;
}

/** The floor page: the rendered catalog as static HTML, with the site's stylesheets, no script. */
async function floorSite(html) {
  const dir = await mkdtemp(join(tmpdir(), 'calmline-floor-'));
  const page = html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<link[^>]*rel="(?:modulepreload|preload|manifest)"[^>]*>/g, '')
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/g, '');
  await writeFile(join(dir, 'index.html'), page);
  for (const name of await readdir(DIST)) {
    if (name.endsWith('.css') || name.endsWith('.svg')) await cp(join(DIST, name), join(dir, name));
  }
  return dir;
}

const server = await serveStatic();
const browser = await launchBrowser();
let floorDir;
try {
  // Bytes of the first load and of opening a call.
  const page = await newPage(browser);
  const log = recordResponses(page);
  await page.goto(server.url);
  await page.getByTestId('scenario-card').first().waitFor();
  await page.waitForLoadState('networkidle');
  const first = [...log];
  const id = await page.getByTestId('scenario-card').first().getAttribute('data-id');
  await page.goto(`${server.url}#/play/${id}?timer=off&mode=exam&seed=1`);
  await page.getByTestId('start-call').waitFor();
  await page.waitForLoadState('networkidle');
  const call = log.slice(first.length);
  console.log(`bench: first load: ${first.length} files, ${sum(first, 'raw')} bytes raw, ${sum(first, 'brotli')} bytes brotli`);
  for (const r of first) console.log(`bench:   ${new URL(r.url).pathname.padEnd(48)} ${String(r.raw).padStart(9)} ${String(r.brotli).padStart(9)}`);
  console.log(`bench: opening a call: ${call.length} file(s), ${sum(call, 'raw')} bytes raw, ${sum(call, 'brotli')} bytes brotli`);

  // Click to next paint: the first reply on screen, over whole calls (more than one when the
  // first replies end a call early), until 20 replies have been measured.
  const clicks = [];
  await clickStart(page);
  await measureCall(page, clicks);
  await page.context().close();
  for (let seed = 2; seed <= 10 && clicks.length < 20; seed++) {
    const next = await newPage(browser);
    await next.goto(`${server.url}#/play/${id}?timer=off&mode=exam&seed=${seed}`);
    await clickStart(next);
    await measureCall(next, clicks);
    await next.context().close();
  }
  console.log(`bench: click to next paint: median ${median(clicks).toFixed(1)} ms, worst ${Math.max(...clicks).toFixed(1)} ms over ${clicks.length} replies`);

  // Time to first render, five fresh loads.
  const renders = [];
  const paints = [];
  for (let i = 0; i < 5; i++) {
    const p = await newPage(browser);
    // The moment the first card is in the DOM, recorded by the page itself.
    await p.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('[data-testid=scenario-card]')) {
          window.__firstCard = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await p.goto(server.url);
    await p.getByTestId('scenario-card').first().waitFor();
    const [card, fcp] = await p.evaluate(() => [
      window.__firstCard,
      performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    ]);
    renders.push(card);
    paints.push(fcp);
    await p.context().close();
  }
  console.log(`bench: time to first render (catalog cards shown): median ${median(renders).toFixed(0)} ms over ${renders.length} loads`);
  console.log(`bench: first contentful paint: median ${median(paints).toFixed(0)} ms`);

  // Memory once the catalog shows: the JS heap and every WebAssembly memory of the page.
  {
    const p = await newPage(browser);
    await p.goto(server.url);
    await p.getByTestId('scenario-card').first().waitFor();
    const cdp = await p.context().newCDPSession(p);
    const heap = await cdp.send('Runtime.getHeapUsage');
    const { result: proto } = await cdp.send('Runtime.evaluate', { expression: 'WebAssembly.Memory.prototype' });
    const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.objectId });
    const { result: wasm } = await cdp.send('Runtime.callFunctionOn', {
      objectId: objects.objectId,
      functionDeclaration: 'function () { return this.reduce((n, m) => n + m.buffer.byteLength, 0); }',
      returnByValue: true,
    });
    console.log(`bench: memory with the catalog shown: JS heap ${(heap.usedSize / 1048576).toFixed(1)} MiB used, WebAssembly memory ${(wasm.value / 1048576).toFixed(1)} MiB`);
    // The floor page is this screen as static HTML.
    floorDir = await floorSite(await p.content());
    await p.context().close();
  }

  // Click to next paint at 4x CPU slowdown.
  {
    const slowClicks = [];
    for (let seed = 11; seed <= 16 && slowClicks.length < 10; seed++) {
      const p = await newPage(browser);
      const cdp = await p.context().newCDPSession(p);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await p.goto(`${server.url}#/play/${id}?timer=off&mode=exam&seed=${seed}`);
      await clickStart(p);
      await measureCall(p, slowClicks);
      await p.context().close();
    }
    console.log(`bench: click to next paint at 4x CPU slowdown: median ${median(slowClicks).toFixed(1)} ms, worst ${Math.max(...slowClicks).toFixed(1)} ms over ${slowClicks.length} replies`);
  }

  // Side by side with the floor page, Slow 4G and unthrottled (median of 3 each).
  const floor = await serveStatic(floorDir);
  try {
    const link = `${server.url}#/play/${id}?lang=pl&timer=standard&mode=exam`;
    // The catalog and a trainer's link twice each: the first paint (prerendered, in `#boot`:
    // the catalog in the page, the link's briefing fetched beside the module) and the live app
    // (test ids are only on the app's own elements).
    const rows = [
      ['floor page (static, no script)', `${floor.url}`, '[data-testid=scenario-card]'],
      ['CalmLine catalog, first paint', server.url, '#boot .card'],
      ['CalmLine catalog, app running', server.url, '[data-testid=scenario-card]'],
      ["CalmLine, a trainer's link, first paint", link, '#boot #briefing-heading'],
      ["CalmLine, a trainer's link, app running", link, '[data-testid=start-call]'],
    ];
    const results = {};
    for (const slow of [true, false]) {
      for (const [name, url, selector] of rows) {
        const runs = [];
        for (let i = 0; i < 3; i++) runs.push(await visible(url, selector, { slow }));
        const ms = median(runs.map((r) => r.ms));
        results[`${name}|${slow}`] = ms;
        const { files, brotli: bytes } = runs[0];
        const shift = median(runs.map((r) => r.shift));
        console.log(`bench: ${slow ? 'Slow 4G     ' : 'unthrottled '} ${name.padEnd(40)} visible ${ms.toFixed(0).padStart(5)} ms, ${String(files).padStart(2)} requests, ${String(bytes).padStart(7)} bytes brotli, layout shift ${shift.toFixed(3)}`);
      }
      const base = results[`${rows[0][0]}|${slow}`];
      const ratio = (row) => (results[`${rows[row][0]}|${slow}`] / base).toFixed(2);
      console.log(`bench: ${slow ? 'Slow 4G' : 'unthrottled'}: catalog first paint ${ratio(1)}x the floor page, catalog with the app running ${ratio(2)}x; trainer's link briefing first paint ${ratio(3)}x, with the app running ${ratio(4)}x`);
    }
  } finally {
    await floor.close();
  }
} finally {
  await browser.close();
  await server.close();
  if (floorDir) await rm(floorDir, { recursive: true, force: true });
}
