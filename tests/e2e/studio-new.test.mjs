// A new call in the studio after the trainer's third QA round
// (docs/reviews/qa-issue15-trainer-round3.md, mi-d): besides the annotated example, a call that
// starts empty: one customer turn, two replies, the silence, a hang-up rule and three endings,
// every text left to write. The list of problems is the list of what to write, each problem
// takes the trainer to its empty box, and once every box is written the call has no problem and
// plays. On the release build in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { newPage, seriousA11yViolations, useSite } from './helpers.mjs';

const site = useSite();

const problemsCount = async (page) => Number(await page.locator('#studio-problems-heading').getAttribute('data-count'));

test('an empty call lists every text to write as a problem, goes to each box, and plays once they are written (mi-d)', async () => {
  const page = await newPage(site.browser, { locale: 'hu' });
  await page.goto(`${site.server.url}studio/#/studio`);
  const empty = page.getByTestId('studio-new-empty');
  assert.match(await empty.innerText(), /^Üres hívás kezdése/);
  await empty.click();
  await page.getByTestId('studio-editing').waitFor();
  assert.equal(await page.getByTestId('map-node').count(), 4, 'a turn and three endings');
  const texts = await problemsCount(page);
  assert.ok(texts >= 40, `${texts} texts to write`);
  assert.equal(await page.getByTestId('studio-play').isEnabled(), false, 'not playable yet');
  assert.deepEqual(await seriousA11yViolations(page), [], 'an empty call');

  // Problem by problem: each goes to its empty box, which the trainer writes.
  for (let i = 0; i < texts; i += 1) {
    const left = await problemsCount(page);
    if (left === 0) break;
    const problem = page.getByTestId('studio-problem').first();
    assert.match(await problem.getByTestId('studio-problem-what').innerText(), /üres/, 'an empty text');
    await problem.getByTestId('studio-problem-go').click();
    await page.waitForFunction(() => document.activeElement?.dataset.path !== undefined);
    const path = await page.evaluate(() => document.activeElement.dataset.path);
    const box = page.locator(`[data-path="${path}"]`);
    assert.equal(await box.inputValue(), '', `${path} is the empty box`);
    await box.fill(`Szöveg ${i + 1}.`);
    await box.press('Tab');
    await page.waitForFunction((n) => Number(document.querySelector('#studio-problems-heading').dataset.count) < n, left);
  }
  assert.equal(await problemsCount(page), 0, 'every text written: no problem left');
  assert.equal(await page.getByTestId('studio-play').isEnabled(), true);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('studio-download').click()]);
  assert.equal(download.suggestedFilename(), 'new-call.toml');
  const text = await readFile(await download.path(), 'utf8');
  assert.match(text, /^version = 1$/m, 'a new call keeps version 1');
  assert.doesNotMatch(text, /= ""/, 'no text left empty');
  await page.getByTestId('studio-play').click();
  await page.getByTestId('studio-playing').getByTestId('start-call').waitFor();
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
