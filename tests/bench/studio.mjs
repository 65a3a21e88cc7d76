// The studio's benchmark in the browser: what a trainer waits for in the release build's
// WebAssembly, printed (never asserted). For the largest library call:
// - opening it as a template (parse, map, layout, validation, first render);
// - one edit: the value set, the file validated to the depth playing needs (`validate_playable`),
//   the map read and laid out again, as the page itself measures it ("calmline-studio-edit", a
//   User Timing measure; the goal is 100 ms), and to the next paint, the page drawn too
//   (median and worst of 20 edits);
// - "Check every call's verdict" (the deepest pass, in its Web Worker) until its result shows
//   (the panel also runs it a second after the last change), and the longest the page's own
//   thread was busy meanwhile (the Long Tasks API: what a trainer typing then would feel);
// - "Play-test from here" on the call's last turn: the way there searched (every customer, best
//   replies first; `calmline_studio::playtest::route_to`, on the page's thread) and the call
//   shown at that turn.
// The native numbers of the same work are `cargo bench -p calmline-studio` (`cargo xtask bench`
// runs both).
import { launchBrowser, newPage, serveStatic } from '../e2e/helpers.mjs';

const FILE = process.env.CALMLINE_BENCH_CALL ?? 'never-satisfied-washing-machine.toml';
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

const server = await serveStatic();
const browser = await launchBrowser();
try {
  const page = await newPage(browser, { locale: 'en' });
  page.setDefaultTimeout(60_000);
  await page.goto(`${server.url}studio/#/studio`);
  await page.getByTestId('studio-library').selectOption(FILE);
  const t0 = Date.now();
  await page.getByTestId('studio-open-library').click();
  await page.getByTestId('studio-editing').waitFor();
  const open = Date.now() - t0;
  await page.getByTestId('map-node').first().click();
  const edits = [];
  const checks = [];
  for (let i = 0; i < 20; i++) {
    const [paint, check] = await page.evaluate(async (value) => {
      const input = document.querySelector('[data-path="turn[0].time"]');
      const start = performance.now();
      input.value = String(value);
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
      // The page's own measure of the edit and the validator run on it (User Timing).
      const measured = performance.getEntriesByName('calmline-studio-edit', 'measure').at(-1);
      return [performance.now() - start, measured?.duration ?? NaN];
    }, 20 + (i % 2));
    edits.push(paint);
    checks.push(check);
  }
  // The panel also checks by itself after a change: the check's own run is followed from its
  // start ("running", however briefly) to its end, as the page marks them.
  await page.evaluate(() => {
    const panel = document.querySelector('[data-testid=studio-verdicts]');
    window.benchVerdict = { running: false, done: false, longest: 0 };
    new PerformanceObserver((list) => {
      for (const task of list.getEntries()) {
        if (window.benchVerdict.running && !window.benchVerdict.done) {
          window.benchVerdict.longest = Math.max(window.benchVerdict.longest, task.duration);
        }
      }
    }).observe({ type: 'longtask' });
    new MutationObserver(() => {
      if (panel.dataset.check === 'running') window.benchVerdict.running = true;
      else if (panel.dataset.check === 'done' && window.benchVerdict.running) window.benchVerdict.done = true;
    }).observe(panel, { attributes: true, attributeFilter: ['data-check'] });
  });
  const v0 = Date.now();
  await page.getByTestId('studio-verdicts-check').click();
  await page.waitForFunction(() => window.benchVerdict.done, null, { timeout: 120_000, polling: 50 });
  const verdicts = Date.now() - v0;
  const blocked = await page.evaluate(() => window.benchVerdict.longest);
  // The last turn on the map: the longest way to search.
  const turns = page.locator('[data-testid=map-node].is-turn');
  await turns.nth((await turns.count()) - 1).click();
  const p0 = Date.now();
  await page.getByTestId('studio-play-from').click();
  // The way there is searched before the setup screen shows it; Start then plays from the turn.
  await page.getByTestId('studio-setup-way').waitFor();
  const wayFound = Date.now() - p0;
  await page.getByTestId('studio-setup-start').click();
  await page.waitForSelector('[data-testid=studio-playing] [data-testid=skip-speaking], [data-testid=studio-playing] [data-testid=reply]');
  const playFrom = Date.now() - p0;
  await page.getByTestId('studio-back').click();
  console.log(`bench: studio in the browser (wasm), ${FILE}: opened in ${open} ms`);
  console.log(`bench: studio: one edit with the validator run on it (the edit, validate_playable, map, places; the page's "calmline-studio-edit" measure): median ${median(checks).toFixed(0)} ms, worst ${Math.max(...checks).toFixed(0)} ms over ${checks.length} edits (the issue's goal: 100 ms)`);
  console.log(`bench: studio: one edit to the next paint (the same, then the page drawn): median ${median(edits).toFixed(0)} ms, worst ${Math.max(...edits).toFixed(0)} ms`);
  console.log(`bench: studio: every call's verdict (the deepest pass, in its worker) shown after ${verdicts} ms; the page's thread busy at most ${blocked.toFixed(0)} ms at a time meanwhile (a long task is over 50 ms; 0: none)`);
  console.log(`bench: studio: play-test from the last turn: the way there shown after ${wayFound} ms, the call at that turn after ${playFrom} ms (with the Start click)`);
} finally {
  await browser.close();
  await server.close();
}
