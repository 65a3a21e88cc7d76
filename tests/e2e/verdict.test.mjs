// The verdict in the browser agrees with the scenario's test plan: cases of the library's plans
// are played through the real UI (replies found by any of their English wordings, with the seed
// the engine played the case with, from `target/plan-seeds.json`), and the debrief must show the
// plan's score, pass or fail, the critical errors and why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, clickStart, newPage, screenshot, toDebrief, useSite } from './helpers.mjs';
import { planCases, playCase, unquote } from './plan.mjs';

const site = useSite();

async function play(id, kase) {
  const page = await newPage(site.browser);
  await page.goto(`${site.server.url}#/play/${id}?lang=en&timer=off&mode=exam&seed=${kase.seed}`);
  await clickStart(page);
  await playCase(page, id, kase);
  await toDebrief(page);
  return page;
}

test('a critical error in an otherwise good call fails it below the pass mark, and the debrief says why', async () => {
  const id = 'shouter-late-delivery';
  const kase = (await planCases(id)).find((c) => c.critical === 1 && !c.passed);
  assert.ok(kase, 'the shouter plan pins a call with one critical error');
  const page = await play(id, kase);
  assert.equal(Number(await page.getByTestId('debrief-score').getAttribute('data-score')), kase.overall, kase.name);
  assert.equal((await page.getByTestId('pass-fail').innerText()).trim(), 'Not passed');
  await page.getByRole('heading', { name: 'Why this call did not pass' }).waitFor();
  assert.equal(await page.getByTestId('verdict-critical').count(), 1);
  assert.match(await page.getByTestId('verdict-critical').innerText(), /^Critical error in reply \d+: .*What would have worked: /s);
  assert.equal(await page.getByTestId('critical-badge').count(), 1, 'the turn is marked in the review');
  await page.getByTestId('verdict-capped').waitFor();
  // Signed as a quality manager would: an automatic fail, not a near miss (QA 12 #6).
  assert.equal((await page.getByTestId('verdict-headline').innerText()).trim(), 'Not passed: critical error');
  const quality = page.getByTestId('verdict-quality');
  assert.equal(await quality.evaluate((el) => el.classList.contains('is-met')), false, 'no success mark on a failed call');
  assert.equal(await quality.evaluate((el) => getComputedStyle(el, '::before').content.includes('✓')), false);
  const capped = await page.getByTestId('verdict-capped').innerText();
  assert.match(capped, /^A critical error fails the call automatically, whatever the points: your replies scored \d+, but the call did not pass, so it is recorded as \d+ \(pass mark \d+\)\.$/);
  assert.ok(!capped.includes('just below'), capped);
  await screenshot(page, 'debrief-critical-error');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('one plan case per ending and verdict of every scenario gets the same verdict in the browser', async () => {
  const ids = (await readFile(join(DIST, 'scenarios', 'index.toml'), 'utf8'))
    .split('\n')
    .filter((l) => l.startsWith('id = '))
    .map((l) => unquote(l.slice(6, -1)));
  let played = 0;
  for (const id of ids) {
    const seen = new Set();
    for (const kase of await planCases(id)) {
      const key = `${kase.ending} ${kase.passed}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const page = await play(id, kase);
      const score = Number(await page.getByTestId('debrief-score').getAttribute('data-score'));
      assert.equal(score, kase.overall, `${id}: ${kase.name}`);
      assert.equal((await page.getByTestId('pass-fail').innerText()).trim(), kase.passed ? 'Passed' : 'Not passed', `${id}: ${kase.name}`);
      if (!Number.isNaN(kase.critical)) {
        assert.equal(await page.getByTestId('verdict-critical').count(), kase.critical, `${id}: ${kase.name}`);
      }
      assert.deepEqual(page.problems, [], `${id}: ${kase.name}`);
      await page.context().close();
      played++;
    }
  }
  assert.ok(played >= 24, `${played} plan cases played`);
});

test('on a phone, skills the call did not test say so on one line, in every language', async () => {
  for (const lang of ['en', 'pl', 'hu']) {
    const page = await newPage(site.browser, { viewport: { width: 360, height: 740 } });
    await page.goto(`${site.server.url}#/play/shouter-late-delivery?lang=${lang}&timer=off&mode=exam&seed=0`);
    await clickStart(page);
    await page.getByTestId('reply').first().waitFor();
    // Ending the call at once: a critical error, and most skills untested.
    await page.getByTestId('end-call').click();
    await page.getByTestId('confirm-end').click();
    await toDebrief(page);
    const labels = page.locator('.skill-not-assessed');
    assert.ok((await labels.count()) >= 1, `${lang}: some skill is not assessed`);
    for (const box of await labels.evaluateAll((els) => els.map((e) => [e.textContent, e.getBoundingClientRect().height, parseFloat(getComputedStyle(e).lineHeight)]))) {
      const [text, height, line] = box;
      assert.ok(height < 1.5 * line, `${lang}: "${text}" wraps (${height}px for a ${line}px line)`);
    }
    assert.deepEqual(page.problems, [], lang);
    await page.context().close();
  }
});

test('stopping the reply clock in an exam is recorded with the move and shown in the debrief', async () => {
  const page = await newPage(site.browser);
  await page.goto(`${site.server.url}#/play/shouter-late-delivery?lang=en&timer=strict&mode=exam&seed=3`);
  await clickStart(page);
  await page.getByTestId('reply').first().waitFor();
  for (let i = 0; i < 2; i++) {
    await page.getByTestId('pause').click();
    await page.getByTestId('paused').waitFor();
    await page.getByTestId('resume').click();
    await page.getByTestId('reply').first().waitFor();
  }
  const before = await page.getByTestId('agent-line').count();
  await page.getByTestId('reply').first().click();
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid=agent-line]').length > n || document.querySelector('[data-testid=debrief]'),
    before,
  );
  if (!(await page.getByTestId('debrief').count())) {
    await page.getByTestId('end-call').click();
    await page.getByTestId('confirm-end').click();
  }
  await toDebrief(page);
  assert.equal((await page.getByTestId('pauses').innerText()).trim(), 'You stopped the clock 2 times (pauses, leaving the tab or reloading).');
  assert.match(await page.getByTestId('review-step').first().innerText(), /clock stopped 2 times/);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
