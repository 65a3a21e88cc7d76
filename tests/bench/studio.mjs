// The studio's benchmark in the browser: what a trainer waits for in the release build's
// WebAssembly, printed (never asserted). For the largest library call:
// - opening it as a template (parse, map, layout, validation, first render);
// - one edit to the next paint: the value set, the file validated to the depth playing needs
//   (`validate_playable`), the map read and laid out again, the page drawn (median and worst of
//   20 edits; the goal is 100 ms);
// - "Check every call's verdict" (the deepest pass) until its result shows (the panel also
//   runs it a second after the last change);
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
  await page.goto(`${server.url}studio/#/studio`);
  await page.getByTestId('studio-library').selectOption(FILE);
  const t0 = Date.now();
  await page.getByTestId('studio-open-library').click();
  await page.getByTestId('studio-editing').waitFor();
  const open = Date.now() - t0;
  await page.getByTestId('map-node').first().click();
  const edits = [];
  for (let i = 0; i < 20; i++) {
    edits.push(
      await page.evaluate(async (value) => {
        const input = document.querySelector('[data-path="turn[0].time"]');
        const start = performance.now();
        input.value = String(value);
        input.dispatchEvent(new Event('change', { bubbles: true }));
        await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
        return performance.now() - start;
      }, 20 + (i % 2)),
    );
  }
  const v0 = Date.now();
  await page.getByTestId('studio-verdicts-check').click();
  // The panel also checks by itself after a change: wait for this check's own run.
  await page.locator('[data-testid=studio-verdicts][data-check=running]').waitFor();
  await page.locator('[data-testid=studio-verdicts][data-check=done]').waitFor({ timeout: 120_000 });
  const verdicts = Date.now() - v0;
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
  console.log(`bench: studio: one edit to the next paint (validation, map, layout, render): median ${median(edits).toFixed(0)} ms, worst ${Math.max(...edits).toFixed(0)} ms over ${edits.length} edits (goal 100 ms)`);
  console.log(`bench: studio: every call's verdict (the deepest pass) shown after ${verdicts} ms`);
  console.log(`bench: studio: play-test from the last turn: the way there shown after ${wayFound} ms, the call at that turn after ${playFrom} ms (with the Start click)`);
} finally {
  await browser.close();
  await server.close();
}
