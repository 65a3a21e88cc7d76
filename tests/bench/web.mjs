// The web benchmark: what the release build costs a trainee, measured in headless Debian
// Chromium and printed as numbers (never asserted, so a slow machine cannot fail a test).
//
// - bytes over the wire: every response of the first load (until the catalog shows) and of
//   opening a call, raw and brotli-compressed as a static host would serve them;
// - time to first render: navigation start to the first scenario card (median of 5 loads),
//   and the browser's first contentful paint;
// - click to next paint: a reply clicked to the frame that shows it (median and worst of the
//   replies of one call).
import { brotliCompressSync, constants } from 'node:zlib';
import { clickStart, launchBrowser, newPage, serveStatic, skipSpeaking } from '../e2e/helpers.mjs';

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

const server = await serveStatic();
const browser = await launchBrowser();
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
} finally {
  await browser.close();
  await server.close();
}
