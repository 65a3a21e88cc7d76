// Shared pieces of the end-to-end tests: a static server for dist/, Debian Chromium driven by
// playwright-core, screenshots kept as artifacts, and axe-core accessibility checks.
import { after, before } from 'node:test';
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);

export const DIST = resolve(process.env.CALMLINE_DIST ?? 'dist');
export const ARTIFACTS = resolve(process.env.CALMLINE_ARTIFACTS ?? 'test-artifacts');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.toml': 'text/plain; charset=utf-8',
  '.ftl': 'text/plain; charset=utf-8',
  '.clc': 'application/octet-stream',
  '.webmanifest': 'application/manifest+json',
};

/** Serves `root` on an ephemeral 127.0.0.1 port, as any static host would (no fallback),
 * optionally under a folder (`prefix`, such as `/training/calmline/`). */
export async function serveStatic(root = DIST, { prefix = '/' } = {}) {
  const server = createServer(async (req, res) => {
    const full = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!full.startsWith(prefix)) {
      res.writeHead(404).end();
      return;
    }
    const path = `/${full.slice(prefix.length)}`;
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}${prefix}`, close: () => new Promise((ok) => server.close(ok)) };
}

/** Debian Chromium, headless, with the flags that work as root on a machine with no network. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/**
 * A fresh page (empty storage) with the given browser languages and viewport. Page errors and
 * console errors are collected in `page.problems` so that a test can assert there were none.
 *
 * The page's `Math.random`, the app's only source of chance (a call's seed without a link, and
 * the trainee's deal: the order and wordings of the replies), is a seeded generator
 * (mulberry32 from `entropy`), so that a test that answers "the first reply shown" plays the same
 * call every time. Give two trainees different `entropy` to see them dealt differently.
 */
export async function newPage(browser, { locale = 'en-US', viewport = { width: 1280, height: 800 }, entropy = 1, serviceWorkers = 'block' } = {}) {
  // The service worker (assets/sw.js) is blocked unless a test asks for it: once it controls a
  // page, the page's requests no longer pass `page.route`, which many tests use to hold back or
  // break a file. tests/e2e/offline.test.mjs tests the worker itself.
  const context = await browser.newContext({ locale, viewport, serviceWorkers });
  await context.addInitScript((seed) => {
    let state = seed >>> 0;
    Math.random = () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }, entropy);
  // The site's Content Security Policy (xtask/src/csp.rs): any violation fails the test that
  // caused it, when it closes its context (and is listed in `page.problems` at once).
  const violations = [];
  await context.exposeBinding('__cspViolation', (_source, text) => {
    violations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const close = context.close.bind(context);
  context.close = async (...args) => {
    await close(...args);
    if (violations.length) throw new Error(`Content Security Policy violations: ${violations.join('; ')}`);
  };
  const page = await context.newPage();
  page.problems = [];
  page.cspViolations = violations;
  page.on('pageerror', (err) => page.problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') page.problems.push(`console error: ${msg.text()}`);
  });
  return page;
}

/** Keeps a screenshot under test-artifacts/ (CI and reviewers look at them). */
export async function screenshot(page, name) {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** axe-core violations of impact serious or critical on the current page. */
export async function seriousA11yViolations(page) {
  // Colours are measured once the transitions and finite animations running now have ended
  // (a button just pressed fades into its pressed colours; measured half-way, its contrast
  // is neither state's), waiting at most a second.
  await page.evaluate(() => Promise.race([
    Promise.all(document.getAnimations()
      .filter((a) => a.playState === 'running' && Number.isFinite(a.effect?.getComputedTiming().endTime))
      .map((a) => a.finished.catch(() => {}))),
    new Promise((done) => setTimeout(done, 1000)),
  ]));
  // Evaluated by the test driver, not added as a page script, which the site's policy refuses.
  const source = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The scenarios listed in the built catalog, with their titles per language. */
export async function catalogEntries(root = DIST) {
  const text = await readFile(join(root, 'scenarios', 'index.toml'), 'utf8');
  const entries = [];
  for (const block of text.split('[[scenario]]').slice(1)) {
    const field = (key) => {
      const m = block.match(new RegExp(`^${key.replace('.', '\\.')} = "((?:[^"\\\\]|\\\\.)*)"`, 'm'));
      return m ? JSON.parse(`"${m[1]}"`) : undefined;
    };
    entries.push({
      id: field('id'),
      title: { pl: field('title.pl'), hu: field('title.hu'), en: field('title.en') },
    });
  }
  return entries;
}

/** Answers every customer turn with the reply shown at `position` (1-based; the last one if
 * fewer are shown), going on after coach feedback, until the debrief shows. Each customer line
 * is delivered at once with the call's own "skip" button (the delay is tested in
 * call-feel.test.mjs), and the hang-up moment at the end goes on to the debrief with its button.
 * Returns the number of replies given. */
export async function playToEnd(page, { position = 1, maxMoves = 60, keyboard = false } = {}) {
  const press = async (testid) => {
    const target = page.getByTestId(testid);
    try {
      if (keyboard) await target.press('Enter', { timeout: 2_000 });
      else await target.click({ timeout: 2_000 });
    } catch {
      // Gone in the meantime (the line was delivered, the debrief opened by itself).
    }
  };
  const any = '[data-testid=debrief], [data-testid=reply], [data-testid=continue], [data-testid=to-debrief], [data-testid=skip-speaking]';
  let moves = 0;
  for (let steps = 0; steps < maxMoves * 4; steps++) {
    await page.waitForSelector(any);
    if (await page.getByTestId('debrief').count()) return moves;
    if (await page.getByTestId('to-debrief').count()) {
      await press('to-debrief');
      await page.getByTestId('debrief').waitFor();
      return moves;
    }
    if (await page.getByTestId('continue').count()) {
      await press('continue');
      await page.waitForSelector('[data-testid=continue]', { state: 'detached' });
      continue;
    }
    if (await page.getByTestId('skip-speaking').count()) {
      await press('skip-speaking');
      continue;
    }
    if (!(await page.getByTestId('reply').count())) continue;
    const before = await page.getByTestId('agent-line').count();
    const shown = await page.getByTestId('reply').count();
    const pick = Math.min(position, shown);
    if (keyboard) await page.keyboard.press(String(pick));
    else await page.getByTestId('reply').nth(pick - 1).click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid=agent-line]').length > n || document.querySelector('[data-testid=debrief], [data-testid=hangup]'),
      before,
    );
    moves += 1;
    if (moves > maxMoves) break;
  }
  throw new Error(`no ending after ${maxMoves} moves`);
}

/** Delivers the customer's line being said at once (the call's "skip" button), if one is. */
export async function skipSpeaking(page) {
  const skip = page.getByTestId('skip-speaking');
  if (await skip.count()) await skip.click({ timeout: 2_000 }).catch(() => {});
}

/**
 * Clicks "Start the call". Before the first call in Polish the briefing asks how customers should
 * address the trainee (Pan or Pani) and the start button waits for the answer: `address` is the
 * answer given then (nothing is chosen when the question is not asked). Then the phone rings and
 * this picks up: the call is on, the customer saying the opening line.
 */
export async function clickStart(page, address = 'pan') {
  const start = page.getByTestId('start-call');
  await start.waitFor();
  const choice = page.getByTestId(`address-${address}`);
  if (await choice.count()) {
    await choice.check();
    await page.waitForFunction(() => !document.querySelector('[data-testid=start-call]').hasAttribute('aria-disabled'));
  }
  await start.click();
  // The phone rings; the trainee picks up.
  await page.getByTestId('pick-up').click();
}

/**
 * The site served statically and a browser, for the tests of one file: started before them,
 * closed after. Read `site.server.url` and `site.browser` inside the tests.
 */
export function useSite() {
  const site = {};
  before(async () => {
    site.server = await serveStatic();
    site.browser = await launchBrowser();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/** Opens the briefing of call `id` at `url` with `query`, starts the call, has the opening line
 * delivered at once, waits for replies. */
export async function startCallAt(page, url, id, query) {
  await page.goto(`${url}#/play/${id}?${query}`);
  await clickStart(page);
  await page.waitForSelector('[data-testid=skip-speaking], [data-testid=reply]');
  await skipSpeaking(page);
  await page.getByTestId('reply').first().waitFor();
}

/**
 * After the last move: the hang-up moment stays until its button is pressed (no time limit), so
 * press it and wait for the debrief (`page` may be an LMS frame).
 */
export async function toDebrief(page) {
  await page.waitForSelector('[data-testid=to-debrief], [data-testid=debrief]');
  if (!(await page.locator('[data-testid=debrief]').count())) await page.locator('[data-testid=to-debrief]').click();
  await page.locator('[data-testid=debrief]').waitFor();
}

/** Waits until the page stops scrolling: the same scroll position for twenty frames in a row (a
 * smooth scroll may take a few frames to start), and no animation running (the newest line
 * rises into place). */
export async function settled(page) {
  await page.waitForFunction(() => new Promise((ok) => {
    const y = window.scrollY;
    let frames = 20;
    const next = () => {
      if (window.scrollY !== y) return ok(false);
      if (--frames === 0) return ok(document.getAnimations().every((a) => a.playState !== 'running'));
      requestAnimationFrame(next);
    };
    requestAnimationFrame(next);
  }), null, { polling: 20 });
}

/** Opens the hold choice and puts the customer on hold `way` (announced, bare, silent). */
export async function putOnHold(page, way) {
  await page.getByTestId('hold').click();
  await page.getByTestId('hold-menu').waitFor();
  await page.locator(`[data-testid=hold-way][data-way=${way}]`).click();
  await page.getByTestId('on-hold').waitFor();
}

/** Comes back to the customer, with thanks or without. */
export async function comeBack(page, thanked) {
  await page.locator(`[data-testid=hold-back][data-thanked=${thanked}]`).click();
  await page.getByTestId('on-hold').waitFor({ state: 'detached' });
  await page.getByTestId('reply').first().waitFor();
}

/** The holds the debrief lists: the way of each (`announced`, `bare`, `silent`) and the lessons
 * it draws, in order. */
export async function debriefHolds(page) {
  const ways = await page.getByTestId('debrief-hold').evaluateAll((els) => els.map((e) => e.dataset.way));
  const lessons = await page.getByTestId('hold-lesson').evaluateAll((els) => els.map((e) => e.dataset.lesson));
  return { ways, lessons };
}

const placement = (page) => page.evaluate(() => document.querySelector('[data-testid=call]')?.dataset.placed ?? null);

/** Does `act`, then waits for the call screen to have placed the page for what came of it (the
 * screen marks each placement once its scrolling has ended), or for the call to end. */
export async function placedAfter(page, act) {
  const old = await placement(page);
  await act();
  await page.waitForFunction(
    (old) => document.querySelector('[data-testid=debrief], [data-testid=hangup]') || (document.querySelector('[data-testid=call]')?.dataset.placed ?? null) !== old,
    old,
  );
  await settled(page);
}

/** Every request the page makes to the site at `base`, as paths (with their query) relative to
 * it, in order. */
export function recordRequests(page, base) {
  const seen = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.origin === new URL(base).origin) seen.push(url.pathname.slice(1) + url.search);
  });
  return seen;
}

/** Stops the page's clock from running by itself: from now on only the test moves time. */
export async function pauseClock(page) {
  // The page's time runs on while the driver answers: under load the moment read can be in the
  // past by the time it pauses, which the clock refuses, so read again with a wider margin.
  for (const margin of [1, 50, 250, 1000]) {
    const now = await page.evaluate(() => Date.now());
    try {
      await page.clock.pauseAt(now + margin);
      return;
    } catch (err) {
      if (!/to the past/.test(String(err))) throw err;
    }
  }
  throw new Error('could not pause the page clock');
}
