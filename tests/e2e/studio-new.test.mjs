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
import { openLibraryCall } from './studio-helpers.mjs';

const site = useSite();

const problemsCount = async (page) => Number(await page.locator('#studio-problems-heading').getAttribute('data-count'));

test('an empty call lists every text to write as a problem, goes to each box, and plays once they are written (mi-d)', async () => {
  const page = await newPage(site.browser, { locale: 'hu' });
  await page.goto(`${site.server.url}studio/#/studio`);
  const empty = page.getByTestId('studio-new-empty');
  assert.match(await empty.innerText(), /^Üres hívás kezdése/);
  await empty.click();
  await page.getByTestId('studio-editing').waitFor();
  // Said to be a new call until it has an id, not named after a file the trainer never chose
  // (QA round 7, mi-e).
  assert.equal(await page.getByTestId('studio-editing').innerText(), 'Szerkesztés: új hívás, még nincs azonosítója (addig „new-call.toml” néven menthető)');
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
    // The call's id is the first thing to write (QA round 5, mi-h: two new calls saved under
    // one name and one trainee record).
    await box.fill(path === 'id' ? 'elveszett-csomag' : `Szöveg ${i + 1}.`);
    await box.press('Tab');
    await page.waitForFunction((n) => Number(document.querySelector('#studio-problems-heading').dataset.count) < n, left);
  }
  assert.equal(await problemsCount(page), 0, 'every text written: no problem left');
  assert.match(await page.getByTestId('studio-editing').innerText(), /^Szerkesztés: „elveszett-csomag\.toml”/);
  assert.equal(await page.getByTestId('studio-play').isEnabled(), true);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('studio-download').click()]);
  assert.equal(download.suggestedFilename(), 'elveszett-csomag.toml', 'saved under its id');
  const text = await readFile(await download.path(), 'utf8');
  assert.match(text, /^version = 1$/m, 'a new call keeps version 1');
  assert.match(text, /^id = "elveszett-csomag"$/m);
  assert.doesNotMatch(text, /= ""/, 'no text left empty');
  await page.getByTestId('studio-play').click();
  await page.getByTestId('studio-playing').getByTestId('start-call').waitFor();
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('on a 360 px phone the problems are folded by turn or ending, and the play-test setup fits the screen (QA round 5, mi-k)', async () => {
  const page = await newPage(site.browser, { locale: 'pl', viewport: { width: 360, height: 740 } });
  await page.goto(`${site.server.url}studio/#/studio`);
  await page.getByTestId('studio-new-empty').click();
  await page.getByTestId('studio-editing').waitFor();
  const groups = page.getByTestId('studio-problem-group');
  assert.ok(await groups.count() >= 3, 'about the call, the turn, the endings');
  const open = await groups.evaluateAll((gs) => gs.map((g) => g.open));
  assert.deepEqual(open, open.map((_, i) => i === 0), 'only the first group open');
  assert.match(await groups.first().locator(':scope > summary').innerText(), /^O tej rozmowie · \d+ problem/);
  const total = await problemsCount(page);
  const inGroups = (await groups.locator(':scope > summary').allInnerTexts()).map((t) => Number(t.match(/· (\d+)/)[1]));
  assert.equal(inGroups.reduce((a, b) => a + b, 0), total, `${inGroups} add up to ${total}`);
  const height = () => page.getByTestId('studio-problems').evaluate((e) => e.getBoundingClientRect().height);
  const folded = await height();
  await groups.evaluateAll((gs) => gs.forEach((g) => { g.open = true; }));
  const unfolded = await height();
  assert.ok(folded < unfolded / 2, `the list is ${folded} px folded, ${unfolded} px unfolded`);
  await groups.evaluateAll((gs) => gs.forEach((g, i) => { g.open = i === 0; }));
  // A folded group opens by the keyboard, and its problems lead to their fields.
  await groups.nth(1).locator(':scope > summary').focus();
  await page.keyboard.press('Enter');
  await groups.nth(1).getByTestId('studio-problem-go').first().click();
  await page.waitForFunction(() => document.activeElement?.dataset.path !== undefined);
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360, 'no sideways scrolling');
  assert.deepEqual(await seriousA11yViolations(page), [], 'the folded problems');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the play-test setup of a library turn reads and works on a 360 px phone', async () => {
  const page = await newPage(site.browser, { locale: 'hu', viewport: { width: 360, height: 740 } });
  await openLibraryCall(page, site.server.url);
  // On a phone the list is shown first.
  await page.getByTestId('list-node').locator('button', { hasText: /„options”/ }).first().click();
  await page.getByTestId('studio-play-from').click();
  const setup = page.getByTestId('studio-setup');
  await setup.waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360, 'no sideways scrolling');
  // Every control within the screen's width, none under another.
  const boxes = await setup.locator('select, input, button').evaluateAll((els) => els.map((e) => {
    const r = e.getBoundingClientRect();
    return { left: r.left, right: r.right, width: r.width };
  }));
  assert.ok(boxes.length >= 5, `${boxes.length} controls`);
  for (const b of boxes) assert.ok(b.left >= 0 && b.right <= 360 && b.width > 0, JSON.stringify(b));
  // A move changed by an arrow key keeps the keyboard in its list while the way is rebuilt
  // (QA round 6, MA1).
  const moves = setup.getByTestId('studio-setup-move');
  await moves.first().focus();
  await page.keyboard.press('ArrowDown');
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'studio-setup-move-0');
  // A move changed: the way is rebuilt, and the call starts.
  const before = await moves.evaluateAll((ss) => ss.map((s) => s.value).join('|'));
  // A move after which the call never reaches the turn is greyed out, so the arrow keys go
  // past it (QA rounds 7 and 8); another is taken and the way rebuilt from it.
  const options = await moves.first().locator('option:not([disabled])').evaluateAll((os) => os.map((o) => o.value));
  const other = options.find((v) => v !== before.split('|')[0]);
  await moves.first().selectOption(other);
  await page.waitForFunction((b) => [...document.querySelectorAll('[data-testid=studio-setup-move]')].map((s) => s.value).join('|') !== b, before);
  assert.deepEqual(await seriousA11yViolations(page), [], 'the setup on a phone');
  await setup.getByTestId('studio-setup-start').click();
  await page.getByTestId('studio-playing').waitFor();
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
