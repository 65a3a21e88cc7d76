// The studio (issue 15, first part), on the release build in Chromium: a trainer opens a library
// call as a template, sees it as a map and a list, breaks a reply's target and sees the problem
// in the list, on the map and in the words of the list view, goes from the problem to the field,
// undoes it and saves a file identical to the library's; an edit changes only that value's
// bytes; the map works by keyboard; a file that is not TOML says where; axe-core finds nothing
// serious on any view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { newPage, playToEnd, seriousA11yViolations, skipSpeaking, useSite } from './helpers.mjs';
import { COPY, FILE, asCopy, bumped, openLibraryCall, saved } from './studio-helpers.mjs';

const site = useSite();




const problemsCount = async (page) => Number(await page.locator('#studio-problems-heading').getAttribute('data-count'));

test('a library call opens as a map and a list, a broken target is shown where it is, and undo saves the very same file', async () => {
  // Opened as a template: a copy of its own, its id and version the only bytes changed.
  const source = asCopy(await readFile(`scenarios/${FILE}`, 'utf8'));
  const turns = source.split('\n').filter((l) => l === '[[turn]]').length;
  const endings = source.split('\n').filter((l) => l === '[[ending]]').length;
  const page = await newPage(site.browser, { locale: 'en' });
  await openLibraryCall(page, site.server.url);
  assert.equal(await problemsCount(page), 0);
  assert.equal(await page.getByTestId('map-node').count(), turns + endings);
  assert.equal(await page.locator('.map-node.is-start').count(), 1);
  assert.deepEqual(await seriousA11yViolations(page), [], 'map view');
  assert.equal(await saved(page), source, 'an untouched call saves byte for byte');

  // The second turn, picked on the map: its fields in the inspector.
  const second = page.getByTestId('map-node').nth(1);
  const id = await second.getAttribute('data-id');
  await second.click();
  await page.getByTestId('studio-inspector').getByRole('heading', { name: `Turn “${id}”` }).waitFor();
  const goto = page.locator('[data-path="turn[1].reply[0].goto"]');
  const before = await goto.inputValue();
  await goto.fill('nowhere');
  await goto.press('Tab');
  await page.waitForFunction(() => Number(document.querySelector('#studio-problems-heading').dataset.count) > 0);
  const problem = page.locator('[data-testid=studio-problem][data-field="turn[1].reply[0].goto"]');
  await problem.waitFor();
  assert.match(await problem.getByTestId('studio-problem-what').innerText(), /nowhere/);
  // Said where it is in the studio's words; the file's line and column only in the details.
  assert.match(await problem.locator('.studio-problem-where').innerText(), new RegExp(`Turn “${id}” › Reply 1 › Leads to`, 'i'));
  assert.match(await problem.locator('details code').textContent(), /^shouter-late-delivery-copy\.toml:\d+:\d+$/);
  await page.getByTestId('map-missing').filter({ hasText: 'nowhere' }).waitFor();
  assert.equal(await page.locator(`.map-node.has-problem[data-id="${id}"]`).count(), 1, 'the turn is marked');
  // Named first by what it is, the id not said twice (QA round 3, mi-m).
  assert.equal(await page.getByRole('button', { name: new RegExp(`^Turn “${id}”, (?!${id}\\b).*, leads to .*, has a problem$`) }).count(), 1, 'said in its name');

  // From the problem to its field.
  await page.getByTestId('map-node').first().click();
  await problem.getByTestId('studio-problem-go').click();
  await page.waitForFunction(() => document.activeElement?.dataset.path === 'turn[1].reply[0].goto');
  // The field itself is marked, and says what is wrong under it.
  const broken = page.locator('[data-path="turn[1].reply[0].goto"]');
  assert.equal(await broken.getAttribute('aria-invalid'), 'true');
  const said = page.locator(`#${await broken.getAttribute('id')}-problem`);
  assert.match(await said.innerText(), /nowhere/);
  assert.ok((await broken.getAttribute('aria-describedby')).includes(await said.getAttribute('id')));

  // The list view says the same in words.
  await page.getByTestId('studio-view-list').click();
  const row = page.locator(`[data-testid=list-node][data-id="${id}"]`);
  assert.match(await row.innerText(), /has a problem/);
  assert.match(await row.locator('.is-missing').first().innerText(), /“nowhere” is neither a turn nor an ending/);
  assert.deepEqual(await seriousA11yViolations(page), [], 'list view');

  // Undo: no problem, and the file is the library's again.
  await page.getByTestId('studio-undo').click();
  await page.waitForFunction(() => document.querySelector('#studio-problems-heading').dataset.count === '0');
  assert.equal(await page.getByTestId('studio-undo').isDisabled(), true);
  await page.getByTestId('studio-view-map').click();
  await page.locator(`.map-node[data-id="${id}"]`).click();
  assert.equal(await page.locator('[data-path="turn[1].reply[0].goto"]').inputValue(), before);
  assert.equal(await saved(page), source, 'undo gives the file back');
  // Redo brings the edit back.
  await page.getByTestId('studio-redo').click();
  await page.waitForFunction(() => Number(document.querySelector('#studio-problems-heading').dataset.count) > 0);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('an edit changes only its own bytes of the saved file (a new copy keeps version 1)', async () => {
  const source = asCopy(await readFile(`scenarios/${FILE}`, 'utf8'));
  const page = await newPage(site.browser, { locale: 'pl' });
  await openLibraryCall(page, site.server.url);
  await page.getByTestId('map-node').first().click();
  const feedback = page.locator('[data-path="turn[0].reply[1].feedback.pl"]');
  const old = await feedback.inputValue();
  await feedback.fill('Nowa informacja zwrotna: „cytat” i \\ ukośnik.');
  await feedback.press('Tab');
  await page.getByTestId('studio-undo').and(page.locator(':enabled')).waitFor();
  const after = await saved(page);
  const oldLiteral = JSON.stringify(old);
  const start = source.indexOf(oldLiteral);
  assert.ok(start > 0);
  assert.equal(after.slice(0, start), source.slice(0, start), 'nothing before it changed');
  const tail = source.slice(start + oldLiteral.length);
  assert.ok(after.endsWith(tail), 'nothing after it changed');
  // A backslash and no apostrophe: toml_edit writes a literal string, which needs no escapes.
  assert.equal(after.slice(start, after.length - tail.length), "'Nowa informacja zwrotna: „cytat” i \\ ukośnik.'");
  assert.equal(await problemsCount(page), 0);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the map works by keyboard, and a file that is not TOML says where', async () => {
  const page = await newPage(site.browser, { locale: 'hu' });
  await openLibraryCall(page, site.server.url);
  const third = page.getByTestId('map-node').nth(2);
  await third.focus();
  await page.keyboard.press('Enter');
  const id = await third.getAttribute('data-id');
  assert.equal(await third.getAttribute('aria-pressed'), 'true');
  await page.getByTestId('studio-inspector').filter({ hasText: id }).waitFor();
  await page.getByTestId('studio-close').click();
  await page.getByTestId('studio-file').setInputFiles({ name: 'sajat.toml', mimeType: 'text/plain', buffer: Buffer.from('id = "x"\ntime = = 3\n') });
  const failed = page.getByTestId('studio-open-failed');
  await failed.waitFor();
  assert.match(await failed.innerText(), /sajat\.toml.*2\. sor, 8\. oszlop/s);
  assert.deepEqual(await seriousA11yViolations(page), [], 'open view');
  await page.context().close();
});

test('every change is kept in the browser as a draft, which opens again after a reload, and can be deleted', async () => {
  const page = await newPage(site.browser, { locale: 'en' });
  await openLibraryCall(page, site.server.url);
  await page.getByTestId('map-node').first().click();
  const time = page.locator('[data-path="turn[0].time"]');
  await time.fill('33');
  await time.press('Tab');
  await page.getByTestId('studio-kept').waitFor();
  await page.reload();
  const draft = page.locator(`[data-testid=studio-draft][data-name="${COPY}"]`);
  await draft.waitFor();
  await draft.getByRole('button', { name: `Continue “${COPY}”` }).click();
  await page.getByTestId('studio-editing').waitFor();
  await page.getByTestId('map-node').first().click();
  assert.equal(await page.locator('[data-path="turn[0].time"]').inputValue(), '33');
  const text = await saved(page);
  assert.match(text, /\ntime = 33\n/);
  assert.match(text, /\nversion = 1\n/, 'a copy continued from the drafts is still new: version 1 (QA round 5, mi-h)');
  // Damaged saved data: a broken list is read as far as it goes, a draft whose text is gone is
  // not offered.
  await page.evaluate(() => {
    localStorage.setItem('calmline.studio.drafts', `garbage\n${Date.now()}\tgone.toml\n` + localStorage.getItem('calmline.studio.drafts'));
  });
  await page.getByTestId('studio-close').click();
  await page.reload();
  await draft.waitFor();
  assert.equal(await page.getByTestId('studio-draft').count(), 1);
  await draft.getByRole('button', { name: `Delete the draft “${COPY}”` }).click();
  await page.waitForFunction(() => !document.querySelector('[data-testid=studio-draft]'));
  await page.reload();
  await page.getByTestId('studio-library').waitFor();
  assert.equal(await page.getByTestId('studio-draft').count(), 0);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a call with errors cannot be play-tested; a valid one plays as the trainee gets it, then editing goes on where it was', async () => {
  const page = await newPage(site.browser, { locale: 'en' });
  await openLibraryCall(page, site.server.url);
  const fourth = page.getByTestId('map-node').nth(3);
  const id = await fourth.getAttribute('data-id');
  await fourth.click();
  const goto = page.locator('[data-path="turn[3].reply[0].goto"]');
  await goto.fill('nowhere');
  await goto.press('Tab');
  await page.waitForFunction(() => document.querySelector('[data-testid=studio-play]').disabled);
  assert.equal(await page.getByTestId('studio-play').getAttribute('aria-describedby'), 'studio-play-why');
  await page.getByTestId('studio-undo').click();
  await page.waitForFunction(() => !document.querySelector('[data-testid=studio-play]').disabled);
  await page.getByTestId('studio-play').click();
  await page.getByTestId('studio-playing').getByTestId('start-call').waitFor();
  await page.getByTestId('studio-back').click();
  await page.getByTestId('studio-editing').waitFor();
  assert.equal(await page.locator(`.map-node[data-id="${id}"]`).getAttribute('aria-pressed'), 'true', 'the same node is selected');
  assert.equal(await page.getByTestId('studio-redo').isEnabled(), true, 'the history is kept');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a new call starts from the annotated example: valid, commented, saved under its id', async () => {
  const page = await newPage(site.browser, { locale: 'pl' });
  await page.goto(`${site.server.url}studio/#/studio`);
  await page.getByTestId('studio-new').click();
  await page.getByTestId('studio-editing').waitFor();
  assert.equal(await problemsCount(page), 0);
  assert.ok(await page.getByTestId('map-node').count() >= 4);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('studio-download').click()]);
  assert.equal(download.suggestedFilename(), 'rude-remark.toml', 'a call is saved under its id, as the library names its files');
  const text = await readFile(await download.path(), 'utf8');
  const doc = await readFile('docs/scenario-format.md', 'utf8');
  assert.ok(doc.includes(text), 'the example as documented, comments and all');
  assert.match(text, /# the version of this file format/);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("every call's verdict, live: score ranges, endings, length and the library's bar, marked old after an edit and checked again by itself", async () => {
  const page = await newPage(site.browser, { locale: 'en' });
  await openLibraryCall(page, site.server.url);
  // Checked by itself a moment after opening, without a word to a screen reader.
  await page.locator('[data-testid=studio-verdicts][data-check=done]').waitFor({ timeout: 20_000 });
  assert.equal(await page.locator('.studio-verdicts [aria-live]').getAttribute('aria-live'), 'off');
  await page.getByTestId('studio-verdicts-check').click();
  const result = page.getByTestId('studio-verdicts-result');
  await result.waitFor({ timeout: 20_000 });
  // Asked for, it is read out.
  assert.equal(await page.locator('.studio-verdicts [aria-live]').getAttribute('aria-live'), 'polite');
  const text = await result.innerText();
  const passing = /Scores of calls that pass: (\d+)–(\d+)\./.exec(text);
  assert.ok(passing, text);
  assert.ok(Number(passing[1]) >= 70 && Number(passing[2]) <= 100, text);
  assert.match(text, /Scores of calls that do not pass: \d+–\d+\./);
  assert.match(text, /Endings that a passing call can reach: \d of \d\./);
  assert.match(text, /Moves in a call: from \d+ to \d+\./);
  assert.match(text, /It meets the library's quality bar\./);
  await page.getByTestId('map-node').first().click();
  const time = page.locator('[data-path="turn[0].time"]');
  await time.fill('26');
  await time.press('Tab');
  await result.filter({ hasText: 'The call has changed since this check' }).waitFor();
  // After the change it runs again by itself.
  await page.locator('[data-testid=studio-verdicts][data-check=done]').waitFor({ timeout: 20_000 });
  assert.deepEqual(await seriousA11yViolations(page), [], 'with the verdicts');
  // Below the bar: each check it misses, in the trainer's language.
  await page.getByTestId('studio-about').click();
  const minutes = page.locator('[data-path="minutes"]');
  await minutes.fill('2');
  await minutes.press('Tab');
  await page.getByTestId('lang-pl').click();
  await page.getByTestId('studio-verdicts-check').click();
  const bar = page.getByTestId('studio-verdicts-bar');
  await bar.waitFor({ timeout: 20_000 });
  assert.match(await result.innerText(), /Liczba wymagań jakościowych biblioteki, których rozmowa jeszcze nie spełnia: 1 \(lista poniżej\)/);
  assert.deepEqual(await bar.locator('li').allInnerTexts(), ['rozmowa z biblioteki trwa od 4 do 8 minut, a nie 2']);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("every call's verdict is checked in a Web Worker of its own, and on the page where no worker runs, with the same result", async () => {
  const largest = 'never-satisfied-washing-machine.toml';
  const results = [];
  for (const blocked of [false, true]) {
    const page = await newPage(site.browser, { locale: 'en' });
    const workers = [];
    page.on('worker', (w) => workers.push(new URL(w.url()).pathname));
    if (blocked) await page.route(/\/verdicts\/worker\.js/, (route) => route.fulfill({ status: 404, body: '' }));
    await openLibraryCall(page, site.server.url, largest);
    // Checked by itself a moment after opening.
    await page.locator('[data-testid=studio-verdicts][data-check=done]').waitFor({ timeout: 60_000 });
    results.push(await page.getByTestId('studio-verdicts-result').innerText());
    if (!blocked) {
      assert.deepEqual(workers, ['/studio/verdicts/worker.js'], 'the check runs in its worker');
      assert.deepEqual(page.problems, []);
    }
    await page.context().close();
  }
  assert.match(results[0], /Scores of calls that pass: \d+–\d+\./);
  assert.equal(results[1], results[0], 'the same verdicts on the page');
});

test("a turn's new id is written everywhere the call names it, as one step to undo", async () => {
  const source = asCopy(await readFile(`scenarios/${FILE}`, 'utf8'));
  const page = await newPage(site.browser, { locale: 'en' });
  await openLibraryCall(page, site.server.url);
  const second = page.getByTestId('map-node').nth(1);
  const id = await second.getAttribute('data-id');
  const references = source.split(`"${id}"`).length - 1;
  assert.ok(references >= 2, `${id} is named ${references} times`);
  await second.click();
  const own = page.locator('[data-path="turn[1].id"]');
  await own.fill(`${id}-again`);
  await own.press('Tab');
  await page.locator(`.map-node[data-id="${id}-again"]`).waitFor();
  assert.equal(await problemsCount(page), 0);
  const text = await saved(page);
  assert.equal(text.split(`"${id}-again"`).length - 1, references, 'every reference renamed');
  assert.equal(text.split(`"${id}"`).length - 1, 0);
  assert.equal(text.replaceAll(`"${id}-again"`, `"${id}"`), source, 'nothing else changed (a new copy keeps version 1)');
  await page.getByTestId('studio-undo').click();
  await page.locator(`.map-node[data-id="${id}"]`).waitFor();
  assert.equal(await saved(page), source);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('on a 360 px phone the list is shown first, and nothing in the studio scrolls sideways (the map pans inside its own frame)', async () => {
  const page = await newPage(site.browser, { locale: 'pl', viewport: { width: 360, height: 740 } });
  const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  await page.goto(`${site.server.url}studio/#/studio`);
  await page.getByTestId('studio-library').waitFor();
  assert.equal(await sideways(), 0, 'open');
  // The first library call is the one offered at first, not the last (QA round 4, mi-h).
  assert.equal(await page.getByTestId('studio-library').evaluate((s) => s.selectedIndex), 0);
  await page.getByTestId('studio-library').selectOption(FILE);
  await page.getByTestId('studio-open-library').click();
  await page.getByTestId('studio-editing').waitFor();
  // On a phone the list is shown first (QA m11); the map is a tap away.
  assert.equal(await page.getByTestId('studio-view-list').getAttribute('aria-pressed'), 'true');
  assert.equal(await sideways(), 0, 'list');
  await page.getByTestId('studio-view-map').click();
  await page.getByTestId('map-node').nth(1).click();
  assert.equal(await sideways(), 0, 'map and fields');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

/** Fills every empty text field of the inspector, each with words of its own. */
async function writeEmptyFields(page, words) {
  for (let i = 0; ; i += 1) {
    const paths = await page.$$eval('.studio-inspector input[type=text], .studio-inspector textarea', (els) =>
      els.filter((e) => e.value === '').map((e) => e.dataset.path));
    if (paths.length === 0) return i;
    const field = page.locator(`[data-path="${paths[0]}"]`);
    await field.fill(`${words} ${i + 1}: ${paths[0]}.`);
    await field.press('Tab');
    await page.waitForFunction((p) => document.querySelector(`[data-path="${p}"]`)?.value !== '', paths[0]);
  }
}

test('a trainer builds a three-turn call onto a new call, with the buttons and forms only, to a playable, valid file', async () => {
  const page = await newPage(site.browser, { locale: 'en' });
  await page.goto(`${site.server.url}studio/#/studio`);
  await page.getByTestId('studio-new').click();
  await page.getByTestId('studio-editing').waitFor();
  const nodes = await page.getByTestId('map-node').count();
  // An ending of their own, then three turns; each new thing is selected with its first field.
  await page.getByTestId('studio-add-ending').click();
  await page.waitForFunction(() => document.activeElement?.dataset.path?.endsWith('.text.pl'));
  const ending = await page.locator('[data-path$="].id"]').first().inputValue();
  assert.match(ending, /^ending-\d+$/);
  assert.ok(await problemsCount(page) > 0, 'its empty texts are problems');
  assert.ok(await writeEmptyFields(page, 'Koniec') >= 6);
  let next = ending;
  const turns = [];
  for (let t = 0; t < 3; t += 1) {
    await page.getByTestId('studio-add-turn').click();
    await page.waitForFunction(() => document.activeElement?.dataset.path?.endsWith('.line[0].pl'));
    const path = await page.evaluate(() => document.activeElement.dataset.path.replace(/\.line\[0\]\.pl$/, ''));
    const goto = page.locator(`[data-path="${path}.reply[0].goto"]`);
    await goto.fill(next);
    await goto.press('Tab');
    assert.ok(await writeEmptyFields(page, `Etap ${t + 1}`) >= 12);
    next = await page.locator(`[data-path="${path}.id"]`).inputValue();
    turns.push(next);
  }
  assert.equal(await page.getByTestId('map-node').count(), nodes + 4);
  // The first turn gets one more reply, leading into the new turns.
  await page.getByTestId('map-node').first().click();
  await page.getByTestId('studio-add-reply').click();
  await page.waitForFunction(() => /^turn\[0\]\.reply\[\d+\]\.text\.pl$/.test(document.activeElement?.dataset.path ?? ''));
  const reply = await page.evaluate(() => document.activeElement.dataset.path.replace(/\.text\.pl$/, ''));
  // A new reply scores no skill yet, and the studio says so where points are added, until it
  // has some (QA round 6, mi-i).
  const noSkills = page.getByTestId('studio-no-skills');
  assert.equal(await noSkills.count(), 1);
  assert.match(await noSkills.innerText(), /scores no skill yet/);
  const adds = page.locator('.studio-fold', { has: noSkills });
  await adds.getByTestId('studio-add-skill').click();
  await page.waitForFunction((r) => document.activeElement?.dataset.path?.startsWith(`${r}.skills.`), reply);
  await noSkills.waitFor({ state: 'detached' });
  const goto = page.locator(`[data-path="${reply}.goto"]`);
  await goto.fill(next);
  await goto.press('Tab');
  await writeEmptyFields(page, 'Odpowiedź');
  // A second wording, added and written in every language.
  await page.getByTestId('studio-add-wording').last().click();
  await page.waitForFunction((r) => document.activeElement?.dataset.path === `${r}.text.pl[1]`, reply);
  await writeEmptyFields(page, 'Inaczej');
  const problems = await page.$$eval('[data-testid=studio-problem]', (els) => els.map((e) => e.innerText));
  assert.deepEqual(problems, []);
  assert.equal(await page.getByTestId('studio-play').isEnabled(), true);
  assert.deepEqual(await seriousA11yViolations(page), [], 'inspector with the add and remove buttons');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('studio-download').click()]);
  const text = await readFile(await download.path(), 'utf8');
  for (const id of [...turns, ending]) assert.match(text, new RegExp(`\\nid = "${id}"\\n`));
  assert.match(text, /\nversion = 1\b/, 'a new call keeps version 1: no trainee has played it yet (QA round 2, mi7)');
  await page.getByTestId('studio-play').click();
  await page.getByTestId('studio-playing').getByTestId('start-call').waitFor();
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a reply taken out and a missing translation written in place: only those bytes change, and undo gives the file back', async () => {
  const source = await readFile(`scenarios/${FILE}`, 'utf8');
  const line = source.split('\n').find((l) => l.startsWith('feedback.hu = '));
  const gap = source.replace(`${line}\n`, '');
  const page = await newPage(site.browser, { locale: 'hu' });
  await page.goto(`${site.server.url}studio/#/studio`);
  await page.getByTestId('studio-file').setInputFiles({ name: FILE, mimeType: 'text/plain', buffer: Buffer.from(gap) });
  await page.getByTestId('studio-editing').waitFor();
  const problem = page.getByTestId('studio-problem').first();
  await problem.waitFor();
  await problem.getByTestId('studio-problem-go').click();
  const missing = page.locator('.studio-field-missing input');
  await missing.waitFor();
  assert.match(await page.locator('.studio-field-missing label').innerText(), /még nincs megírva/);
  await missing.fill(JSON.parse(line.slice('feedback.hu = '.length)));
  await missing.press('Tab');
  await page.waitForFunction(() => document.querySelector('#studio-problems-heading').dataset.count === '0');
  assert.equal(await saved(page, FILE), bumped(source), 'written back where it was');
  // A reply out: only its lines go; undo brings them back.
  await page.getByTestId('map-node').first().click();
  const replies = await page.locator('[data-testid=studio-remove-part]').count();
  await page.locator('[data-testid=studio-remove-part]').filter({ hasText: 'válasz' }).first().click();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=studio-remove-part]').length === n - 1, replies);
  await page.getByTestId('studio-undo').click();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=studio-remove-part]').length === n, replies);
  assert.equal(await saved(page, FILE), bumped(source));
  assert.deepEqual(await seriousA11yViolations(page), [], 'inspector with a missing translation');
  await page.context().close();
});

test('play-testing from a turn starts there, reached along a way a trainee could take, with the mood set by hand, and back to editing drops it', async () => {
  const page = await newPage(site.browser, { locale: 'en' });
  await openLibraryCall(page, site.server.url);
  const fourth = page.getByTestId('map-node').nth(3);
  const id = await fourth.getAttribute('data-id');
  await fourth.click();
  await page.getByTestId('studio-play-from').click();
  // First the state the way there left, to take as it is or to set by hand (issue 15, item 5).
  const setup = page.getByTestId('studio-setup');
  await setup.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'studio-setup-heading');
  assert.ok((await setup.getByRole('heading', { level: 1 }).innerText()).includes(id));
  const way = await setup.getByTestId('studio-setup-move').evaluateAll((ss) => ss.map((s) => s.selectedOptions[0].innerText));
  assert.ok(way.length >= 1 && way.every((w) => /\((Best|Acceptable|Poor|Harmful)\)(: “.+”)?$|^silence/.test(w)), `the way there: ${way}`);
  assert.deepEqual(await seriousA11yViolations(page), [], 'play-test setup');
  const mood = setup.getByTestId('studio-setup-mood');
  const found = Number(await mood.inputValue());
  assert.ok(found >= 0 && found <= 100, `the way's mood ${found}`);
  // A word is kept where it was typed, and marked (QA round 6, mi-e: it was wiped).
  await mood.fill('zwei');
  await mood.press('Tab');
  assert.equal(await mood.inputValue(), 'zwei');
  assert.equal(await mood.getAttribute('aria-invalid'), 'true');
  // Put right, the mark goes while typing, not as the field is left on the way to "Start" (QA
  // round 7, mi-b: the message went from under the pointer and the click was lost).
  await mood.fill('45');
  await page.waitForFunction(() => !document.querySelector('[data-testid=studio-setup-mood]').hasAttribute('aria-invalid'));
  assert.equal(await setup.getByTestId('studio-setup-wrong').count(), 0);
  // A mood out of range is refused, with the reason, and nothing starts.
  await mood.fill('140');
  await setup.getByTestId('studio-setup-start').click();
  await setup.getByTestId('studio-setup-wrong').waitFor();
  // Set by hand, by keyboard: the call goes on at that mood.
  const chosen = found >= 50 ? found - 23 : found + 23;
  await mood.fill(String(chosen));
  await mood.press('Enter');
  const playing = page.getByTestId('studio-playing');
  await playing.waitFor();
  assert.equal(await playing.locator('[role=meter]').first().getAttribute('data-mood'), String(chosen));
  // The call goes on at that turn, with the moves of the way there in its transcript.
  await page.waitForSelector('[data-testid=skip-speaking], [data-testid=reply]');
  await skipSpeaking(page);
  await playing.getByTestId('reply').first().waitFor();
  const said = await playing.getByTestId('customer-line').allInnerTexts();
  assert.ok(said.length >= 2, `the way there is in the transcript: ${said.length} lines`);
  const source = await readFile(`scenarios/${FILE}`, 'utf8');
  const block = source.split('[[turn]]').find((b) => b.includes(`\nid = "${id}"\n`));
  // The replies on offer are that turn's (its block of the file holds each shown wording).
  const shown = await playing.locator('[data-testid=reply] .reply-text').allInnerTexts();
  const unescaped = block.replaceAll('\\"', '"');
  for (const text of shown) assert.ok(unescaped.includes(text), `${text} is a reply of ${id}`);
  // To the debrief: the moves played on the way count in it, but they are marked as played for
  // the trainer and their made-up times are nowhere (QA round 3, mi-n).
  const mine = await playToEnd(page);
  const metas = await page.getByTestId('review-step').locator('.review-meta').allInnerTexts();
  assert.equal(metas.length, way.length + mine, metas.join('\n'));
  metas.slice(0, way.length).forEach((m) => assert.match(m, /^Played for you on the way to the turn you chose: not scored or timed/));
  // Set apart, and not coached: the trainer did not choose them (QA round 4, MA1).
  const steps = page.getByTestId('review-step');
  for (let i = 0; i < way.length + mine; i += 1) {
    const given = i < way.length;
    assert.equal(await steps.nth(i).evaluate((e) => e.classList.contains('is-given')), given, `move ${i + 1}`);
    assert.equal((await steps.nth(i).locator('.review-agent .who').innerText()).trim(), given ? 'Played for you:' : 'You:');
    if (given) assert.equal(await steps.nth(i).locator('.better, .review-feedback').count(), 0, `move ${i + 1} is not coached`);
    // A critical reply played for the trainer is marked as not counted, never in red (QA round 5).
    if (given) assert.equal(await steps.nth(i).getByTestId('critical-badge').count(), 0, `move ${i + 1}`);
  }
  metas.slice(way.length).forEach((m) => assert.match(m, /^Response time: /));
  assert.doesNotMatch(await page.getByTestId('timing').innerText(), /\b2\.0 s\b/, 'the way’s 2.0 s are not in the averages');
  // The chart's step to the mood set by hand is dashed (QA round 7, mi-h) and said under it
  // (QA round 5, mi-b).
  assert.equal(await page.getByTestId('mood-chart-set').count(), 1);
  assert.equal(await page.locator('[data-testid=mood-chart] polyline').count(), 2, 'the line stops at the step and goes on after it');
  assert.equal(
    await page.getByTestId('mood-set').innerText(),
    `Your part of the call started at mood ${chosen}, the value you set for this play-test; the way there had left it at ${found}.`,
  );
  await page.getByTestId('studio-back').click();
  await page.getByTestId('studio-editing').waitFor();
  // Back where the trainer was: the same node, with the keyboard on its heading.
  await page.waitForFunction(() => document.activeElement?.id === 'studio-inspector-heading');
  for (const id of [FILE, COPY].map((f) => f.replace(/\.toml$/, ''))) {
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), `calmline.call.${id}`), null, 'a play-test keeps no unfinished call');
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a play-test setup lists each move of the way with its grade, takes the way through the weakest replies when asked, and says a wrong value at its field before Start (QA round 4, MA1)', async () => {
  const page = await newPage(site.browser, { locale: 'en' });
  await openLibraryCall(page, site.server.url);
  await page.locator('.map-node[data-id="options"]').click();
  await page.getByTestId('studio-play-from').click();
  const setup = page.getByTestId('studio-setup');
  await setup.waitFor();
  // Each move as its list shows it: the reply with its grade, or silence.
  const way = () => setup.getByTestId('studio-setup-move').evaluateAll((ss) => ss.map((s) => s.selectedOptions[0].innerText));
  const grades = (moves) => moves.map((m) => m.match(/\((Best|Acceptable|Poor|Harmful)\)(: “.+”)?$/)?.[1] ?? 'silence');
  const best = await way();
  assert.ok(grades(best).every((g) => g !== 'silence'), best.join(' / '));
  const mood = setup.getByTestId('studio-setup-mood');
  const calm = Number(await mood.inputValue());
  // Two ways: the best replies first and chosen, then the weakest.
  const routes = setup.getByTestId('studio-setup-route');
  assert.equal(await routes.count(), 2);
  assert.equal(await routes.first().isChecked(), true);
  assert.equal(await setup.getByRole('radio', { name: 'Through the best replies' }).isChecked(), true);
  await mood.fill('7');
  await setup.getByRole('radio', { name: /^Through the weakest replies/ }).check();
  await page.waitForFunction((b) => [...document.querySelectorAll('[data-testid=studio-setup-move]')].map((s) => s.selectedOptions[0].innerText).join('|') !== b, best.join('|'));
  const weakest = await way();
  const rank = { Best: 0, Acceptable: 1, Poor: 2, Harmful: 3, silence: 0 };
  const sum = (g) => g.reduce((a, x) => a + rank[x], 0);
  assert.ok(sum(grades(weakest)) > sum(grades(best)), `${weakest} after ${best}`);
  // The fields start from what this way left, not from what was typed for the other.
  const angry = Number(await mood.inputValue());
  assert.ok(angry < calm, `a customer handled worse is angrier: ${angry} < ${calm}`);
  // Any move of the way can be changed: the moves before it stay, and the way goes on from it. A
  // move after which the call would reach the turn no more is greyed out before it is tried, so
  // the arrow keys go past it, and says where it leads instead (QA rounds 6 to 8).
  const firstMove = setup.getByTestId('studio-setup-move').first();
  assert.equal(await firstMove.evaluate((s) => s.labels[0].innerText), 'Move 1, at “opening”');
  const offered = await firstMove.locator('option').evaluateAll((os) => os.map((o) => ({ value: o.value, off: o.disabled, text: o.innerText })));
  assert.ok(offered.some((o) => o.text.startsWith('silence (the clock ran out)')), JSON.stringify(offered));
  const greyed = offered.filter((o) => o.off);
  assert.ok(greyed.length >= 1, `a first move that leads elsewhere is greyed out: ${JSON.stringify(offered)}`);
  for (const o of greyed) {
    assert.match(o.text, / — (ends the call \(ending “[a-z0-9-]+”\) before this turn|goes on to “[a-z0-9-]+” and never reaches this turn)$/);
  }
  for (const o of offered.filter((o) => !o.off)) assert.doesNotMatch(o.text, /never reaches|before this turn/);
  const was = await firstMove.inputValue();
  const other = offered.find((o) => !o.off && o.value !== was);
  assert.ok(other, 'another first move leads to the turn too');
  const before = (await way()).join('|');
  const top = () => firstMove.evaluate((s) => s.getBoundingClientRect().top + window.scrollY);
  const listAt = await top();
  await firstMove.selectOption(other.value);
  await page.waitForFunction(
    (b) => [...document.querySelectorAll('[data-testid=studio-setup-move]')].map((s) => s.selectedOptions[0].innerText).join('|') !== b,
    before,
  );
  // Every list shows the move the way holds, the one to be played (QA round 5, MA1).
  const shown = await setup.getByTestId('studio-setup-move').evaluateAll((ss) =>
    ss.map((s) => [s.selectedOptions[0]?.innerText, s.querySelector('option[selected]')?.innerText]),
  );
  for (const [seen, held] of shown) assert.equal(seen, held, JSON.stringify(shown));
  assert.equal(await setup.getByTestId('studio-setup-move').first().inputValue(), other.value);
  await setup.getByTestId('studio-setup-own').waitFor();
  assert.equal(await top(), listAt, 'the list being changed stays where it was (QA round 9, mi-4)');
  assert.match(await setup.getByTestId('studio-setup-own').innerText(), /through the weakest replies/);
  assert.equal(await setup.getByRole('radio', { checked: true }).count(), 0, 'neither preset any more');
  // Back to the weakest way: its values again.
  await setup.getByRole('radio', { name: /^Through the weakest replies/ }).check();
  await page.waitForFunction((m) => document.querySelector('[data-testid=studio-setup-mood]').value === m, String(angry));
  // A value out of range is said as the trainer leaves the field, and Start goes back to it.
  await mood.fill('140');
  await mood.press('Tab');
  const wrong = setup.getByTestId('studio-setup-wrong');
  await wrong.waitFor();
  assert.equal(await mood.getAttribute('aria-invalid'), 'true');
  assert.ok((await mood.getAttribute('aria-describedby')).includes(await wrong.getAttribute('id')));
  await setup.getByTestId('studio-setup-start').click();
  await page.waitForFunction(() => document.activeElement?.id === 'studio-setup-mood');
  assert.equal(await page.getByTestId('studio-playing').count(), 0, 'nothing started');
  await mood.fill(String(angry));
  await mood.press('Tab');
  await wrong.waitFor({ state: 'detached' });
  assert.deepEqual(await seriousA11yViolations(page), [], 'setup with two ways');
  await setup.getByTestId('studio-setup-start').click();
  const playing = page.getByTestId('studio-playing');
  await playing.waitFor();
  assert.equal(await playing.locator('[role=meter]').first().getAttribute('data-mood'), String(angry));
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("the call's test plan beside it: its calls played, a rename written into it, saved", async () => {
  const plan = await readFile(`scenarios/${FILE.replace('.toml', '.plan.toml')}`, 'utf8');
  const cases = plan.split('\n').filter((l) => l === '[[case]]').length;
  const page = await newPage(site.browser, { locale: 'en' });
  await openLibraryCall(page, site.server.url);
  await page.getByTestId('studio-plan-file').setInputFiles({ name: FILE.replace('.toml', '.plan.toml'), mimeType: 'text/plain', buffer: Buffer.from(plan) });
  await page.getByTestId('studio-plan-play').click();
  const result = page.getByTestId('studio-plan-result');
  await result.waitFor();
  assert.match(await result.innerText(), new RegExp(`All ${cases} calls of the plan end as intended`));
  // A turn the plan's moves name, renamed in the call: the plan follows.
  const ids = await page.getByTestId('map-node').evaluateAll((nodes) => nodes.map((n) => n.dataset.id));
  const id = ids.slice(1).find((i) => plan.includes(`"${i}.`));
  assert.ok(id, 'the plan names a turn after the first');
  await page.locator(`.map-node[data-id="${id}"]`).click();
  const own = page.locator('.studio-inspector [data-path$="].id"]').first();
  assert.equal(await own.inputValue(), id);
  await own.fill(`${id}-again`);
  await own.press('Tab');
  await page.locator(`.map-node[data-id="${id}-again"]`).waitFor();
  await page.getByTestId('studio-plan-play').click();
  await page.waitForFunction(() => !document.querySelector('[data-testid=studio-plan-result]').innerText.includes('has changed since'));
  assert.match(await result.innerText(), new RegExp(`All ${cases} calls of the plan end as intended`));
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('studio-plan-save').click()]);
  assert.equal(download.suggestedFilename(), FILE.replace('.toml', '.plan.toml'));
  const saved = await readFile(await download.path(), 'utf8');
  assert.equal(saved, plan.replaceAll(`"${id}.`, `"${id}-again.`), 'only the renamed moves changed');
  // Undo takes the plan back with the call.
  await page.getByTestId('studio-undo').click();
  await page.locator(`.map-node[data-id="${id}"]`).waitFor();
  const [again] = await Promise.all([page.waitForEvent('download'), page.getByTestId('studio-plan-save').click()]);
  assert.equal(await readFile(await again.path(), 'utf8'), plan);
  assert.deepEqual(await seriousA11yViolations(page), [], 'with the test plan');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a file in another encoding is refused with where; a browser that refuses the draft says so, and nothing is lost', async () => {
  const page = await newPage(site.browser, { locale: 'pl' });
  // Storage that takes nothing of the studio's (full, or a private window's policy).
  await page.addInitScript(() => {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (String(key).startsWith('calmline.studio.')) throw new DOMException('full', 'QuotaExceededError');
      return set.call(this, key, value);
    };
  });
  await page.goto(`${site.server.url}studio/#/studio`);
  // "Zażółć" in Windows-1250 on line 2: not UTF-8.
  const cp1250 = Buffer.concat([Buffer.from('id = "x"\ntitle.pl = "Za'), Buffer.from([0xbf, 0xf3, 0xb3, 0xe6]), Buffer.from('"\n')]);
  await page.getByTestId('studio-file').setInputFiles({ name: 'stary.toml', mimeType: 'text/plain', buffer: cp1250 });
  const failed = page.getByTestId('studio-open-failed');
  await failed.waitFor();
  assert.match(await failed.innerText(), /„stary\.toml” nie jest zapisany w kodowaniu UTF-8.*wierszu 2, w kolumnie 15/s);
  await page.getByTestId('studio-library').selectOption(FILE);
  await page.getByTestId('studio-open-library').click();
  await page.getByTestId('studio-editing').waitFor();
  await page.getByTestId('map-node').first().click();
  const time = page.locator('[data-path="turn[0].time"]');
  await time.fill('31');
  await time.press('Tab');
  const warning = page.getByTestId('studio-not-kept');
  await warning.waitFor();
  assert.equal(await warning.getAttribute('role'), 'alert');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('studio-download').click()]);
  assert.match(await readFile(await download.path(), 'utf8'), /\ntime = 31\n/, 'the change is in the saved file');
  await page.context().close();
});

test('"About this call": title, customer and rules edited and removed; grades picked from a list; focus stays where the trainer is', async () => {
  const page = await newPage(site.browser, { locale: 'en' });
  await page.goto(`${site.server.url}studio/#/studio`);
  await page.getByTestId('studio-new').click();
  await page.getByTestId('studio-editing').waitFor();
  await page.getByTestId('studio-about').click();
  const inspector = page.getByTestId('studio-inspector');
  await inspector.getByRole('heading', { name: 'About this call' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'studio-inspector-heading');
  const title = page.locator('[data-path="title.en"]');
  await title.fill('The crushed parcel');
  await title.press('Tab');
  const name = page.locator('[data-path="customer.name.en"]');
  await name.fill('Pat Jones');
  await name.press('Tab');
  // The rules are shown and can go: the example's trigger, removed with its button.
  const rules = await page.getByRole('button', { name: /^Remove rule 1$/ }).count();
  assert.ok(rules >= 1, 'the example has a rule');
  // Each button says which rule goes: a hang-up rule is not "rule 1" too (QA round 3, mi-g).
  const removers = await inspector.getByTestId('studio-remove-part').allInnerTexts();
  assert.ok(removers.includes('Remove hang-up rule 1'), removers.join(', '));
  assert.equal(new Set(removers).size, removers.length, removers.join(', '));
  await page.getByRole('button', { name: /^Remove rule 1$/ }).first().click();
  await page.waitForFunction(() => document.activeElement?.id === 'studio-inspector-heading');
  // A grade is a list in the interface's words.
  await page.getByTestId('map-node').first().click();
  const grade = page.locator('[data-path="turn[0].reply[0].grade"]');
  assert.equal(await grade.evaluate((e) => e.tagName), 'SELECT');
  await grade.selectOption('acceptable');
  await page.getByTestId('studio-undo').and(page.locator(':enabled')).waitFor();
  // Removing a reply keeps the focus in the inspector, on its heading.
  await page.locator('[data-testid=studio-remove-part]').first().click();
  await page.waitForFunction(() => document.activeElement?.id === 'studio-inspector-heading');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('studio-download').click()]);
  const text = await readFile(await download.path(), 'utf8');
  assert.match(text, /\ntitle = \{ pl = "[^"]+", hu = "[^"]+", en = "The crushed parcel" \}/);
  assert.match(text, /"Pat Jones"/);
  assert.equal((text.match(/^\[\[trigger\]\]/gm) ?? []).length, 1, 'one of the example\'s two triggers is gone');
  assert.deepEqual(await seriousA11yViolations(page), [], 'the inspector with lists');
  await page.context().close();
});

test('one field edited in every library call changes only that field’s bytes, and undo gives the file back byte for byte', async () => {
  const files = (await readdir('scenarios')).filter((f) => f.endsWith('.toml') && !f.endsWith('.plan.toml') && f !== 'index.toml');
  assert.ok(files.length >= 10, `${files.length} library calls`);
  const page = await newPage(site.browser, { locale: 'en' });
  for (const file of files) {
    const name = file.replace(/\.toml$/, '-copy.toml');
    const copy = asCopy(await readFile(`scenarios/${file}`, 'utf8'), name);
    await openLibraryCall(page, site.server.url, file);
    // The first turn's reply time, one second more: only its digits may change.
    await page.getByTestId('map-node').first().click();
    const time = page.locator('[data-path="turn[0].time"]');
    const was = Number(await time.inputValue());
    await time.fill(String(was + 1));
    await time.press('Tab');
    await page.getByTestId('studio-undo').and(page.locator(':enabled')).waitFor();
    const head = copy.match(/\[\[turn\]\]\nid = "[a-z0-9-]+"\n(?:[a-z_]+ = .*\n)*?time = /);
    assert.ok(head, `${file}: its first turn's time`);
    const at = head.index + head[0].length;
    assert.ok(copy.slice(at).startsWith(`${was}\n`), `${file}: time ${was} at ${at}`);
    const expected = `${copy.slice(0, at)}${was + 1}${copy.slice(at + String(was).length)}`;
    assert.equal(await saved(page, name), expected, `${file}: only the time changed`);
    // Undone: the file as it was opened, every byte.
    await page.getByTestId('studio-undo').click();
    await page.getByTestId('studio-undo').and(page.locator(':disabled')).waitFor();
    assert.equal(await saved(page, name), copy, `${file}: undo gives the file back`);
    await page.getByTestId('studio-close').click();
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
