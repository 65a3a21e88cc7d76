// The learning path and the skill profile on the catalog, a pass celebrated on the debrief, the
// card of an unfinished call, and the catalog at large text on a phone, on the release build.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, clickStart, launchBrowser, newPage, playToEnd, screenshot, toDebrief, seriousA11yViolations, serveStatic } from './helpers.mjs';

let server;
let browser;
/** The catalog as built: id, difficulty and skills of each call. */
let library;

const RANK = { easy: 0, medium: 1, hard: 2 };

before(async () => {
  server = await serveStatic();
  browser = await launchBrowser();
  const text = await readFile(join(DIST, 'scenarios', 'index.toml'), 'utf8');
  library = text
    .split('[[scenario]]')
    .slice(1)
    .map((block) => ({
      id: block.match(/^id = "([^"]+)"$/m)[1],
      difficulty: block.match(/^difficulty = "([^"]+)"$/m)[1],
      skills: [...block.match(/^skills = \[(.*)\]$/m)[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]),
    }));
  assert.ok(library.length >= 2, 'the catalog lists calls');
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The ids in the order of the path: easy to hard, ties by id. */
const pathOrder = () =>
  [...library].sort((a, b) => RANK[a.difficulty] - RANK[b.difficulty] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((e) => e.id);

async function openCatalog(page) {
  await page.goto(`${server.url}#/`);
  await page.getByTestId('path-step').first().waitFor();
}

/** Plays `id` to its ending answering the reply shown at `position` (a way to fail); the
 * debrief's verdict and skill scores. Exam mode, no timer, a fixed seed: the same call every time. */
async function playCall(page, id, position) {
  await page.goto(`${server.url}#/play/${id}?lang=en&timer=off&mode=exam&seed=3`);
  await clickStart(page);
  await page.getByTestId('reply').first().waitFor();
  await playToEnd(page, { position });
  return debriefResult(page);
}

const SKILLS = ['empathy', 'calm', 'listening', 'solutions', 'boundaries', 'clarity', 'ownership'];
const NAMES = {
  empathy: 'Empathy',
  calm: 'Calm and professionalism',
  listening: 'Active listening',
  solutions: 'Solution focus',
  boundaries: 'Boundaries and assertiveness',
  clarity: 'Clear communication',
  ownership: 'Honesty and ownership',
};

/** The measured skills below full marks, weakest first: lowest latest, then lowest best, then
 * rubric order. */
const ranked = (rows) =>
  Object.entries(rows)
    .filter(([, r]) => r && r.latest < 100)
    .sort(([a, x], [b, y]) => x.latest - y.latest || x.best - y.best || SKILLS.indexOf(a) - SKILLS.indexOf(b))
    .map(([skill]) => skill);

/** The suggestion the path should make (the rule on `suggest` in src/pages/catalog/path.rs): the
 * first step until it is played; then, at the level of the first step not passed, the weakest
 * measured skill (lowest latest, then lowest best, then rubric order) that a call there trains,
 * the call naming it earliest in its skills, then the earlier on the path; else the first step
 * not passed. `played` are the calls played to an ending, `passed` those passed. */
function expectedNext(rows, passed, played) {
  const order = pathOrder();
  if (!played.has(order[0])) return { id: order[0] };
  const open = order.filter((id) => !passed.has(id)).map((id) => library.find((e) => e.id === id));
  const near = open.filter((e) => e.difficulty === open[0]?.difficulty);
  for (const skill of ranked(rows)) {
    const trains = near.filter((e) => e.skills.includes(skill));
    if (trains.length) {
      trains.sort((a, b) => a.skills.indexOf(skill) - b.skills.indexOf(skill) || order.indexOf(a.id) - order.indexOf(b.id));
      return { id: trains[0].id, skill, name: NAMES[skill] };
    }
  }
  return { id: open[0]?.id };
}

const unquote = (s) => JSON.parse(`"${s}"`);

/** Plays `id` as the first passing case of its test plan that has no twists, with the seed the
 * engine played it with (replies found by their English wording, as in verdict.test.mjs). */
async function playPassingCase(page, id) {
  const plan = await readFile(join('scenarios', `${id}.plan.toml`), 'utf8');
  const seeds = JSON.parse(await readFile(join('target', 'plan-seeds.json'), 'utf8'))[id];
  const cases = plan.split('[[case]]').slice(1);
  const index = cases.findIndex((c) => /^passed = true$/m.test(c) && !/^twists = /m.test(c));
  assert.ok(index >= 0, `${id}: a passing case in its plan`);
  const moves = [...cases[index].match(/^moves = \[(.*)\]$/m)[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]);
  const source = await readFile(join(DIST, 'scenarios', `${id}.toml`), 'utf8');
  const ownId = (block) => block.match(/^id = "([^"]*)"$/m)?.[1];
  await page.goto(`${server.url}#/play/${id}?lang=en&timer=off&mode=exam&seed=${seeds[index]}`);
  await clickStart(page);
  for (const move of moves) {
    const [turn, reply] = move.split('.');
    const block = source.split('[[turn]]').slice(1).find((b) => ownId(b) === turn)
      .split('[[turn.reply]]').slice(1).find((b) => ownId(b) === reply);
    const list = block.match(/^text\.en = \[\n([\s\S]*?)\n\]$/m);
    const texts = list
      ? [...list[1].matchAll(/^\s*"((?:[^"\\]|\\.)*)",?\s*$/gm)].map((m) => unquote(m[1]))
      : [unquote((block.match(/^text\.en = "((?:[^"\\]|\\.)*)"$/m) ?? block.match(/en = "((?:[^"\\]|\\.)*)"/))[1])];
    await page.getByTestId('reply').first().waitFor();
    const shown = await page.getByTestId('reply').locator('.reply-text').allInnerTexts();
    const at = shown.findIndex((t) => texts.includes(t.trim()));
    assert.ok(at >= 0, `${id}: ${move} on screen`);
    const before = await page.getByTestId('agent-line').count();
    await page.getByTestId('reply').nth(at).click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid=agent-line]').length > n || document.querySelector('[data-testid=debrief]'),
      before,
    );
  }
  await toDebrief(page);
  return debriefResult(page);
}

/** The verdict and the skill scores on the debrief: `skills` those tested often enough to
 * count in the profile, `thin` those tested at one moment only (shown, never ranked). */
async function debriefResult(page) {
  const passed = (await page.getByTestId('pass-fail').innerText()).trim() === 'Passed';
  const skills = {};
  const thin = [];
  for (const row of await page.getByTestId('skill-score').all()) {
    const score = await row.getAttribute('data-score');
    const skill = await row.getAttribute('data-skill');
    if (score === 'not-assessed') continue;
    if ((await row.getAttribute('data-thin')) === 'true') {
      assert.equal(await row.getByTestId('skill-thin').innerText(), 'Tested once');
      thin.push(skill);
    } else {
      skills[skill] = Number(score);
    }
  }
  return { passed, skills, thin };
}

/** The profile's row of every skill: best and latest, if measured. */
async function profile(page) {
  const rows = {};
  for (const row of await page.getByTestId('profile-skill').all()) {
    const best = await row.getAttribute('data-best');
    rows[await row.getAttribute('data-skill')] = best === null ? null : { best: Number(best), latest: Number(await row.getAttribute('data-latest')) };
  }
  return rows;
}

test('a new trainee sees the path from easy to hard, starting here on the easiest call', async () => {
  const page = await newPage(browser, { locale: 'en-US' });
  await openCatalog(page);
  const order = pathOrder();
  const steps = await page.getByTestId('path-step').evaluateAll((els) => els.map((e) => e.dataset.id));
  assert.deepEqual(steps, order);
  // "Start here" on the first step, and the suggestion is that call, with its reason.
  assert.equal(await page.getByTestId('path-start').count(), 1);
  assert.equal(await page.locator(`[data-testid=path-step][data-id="${order[0]}"] [data-testid=path-start]`).innerText(), 'Start here');
  assert.equal(await page.getByTestId('path-next').getAttribute('data-id'), order[0]);
  assert.match(await page.getByTestId('path-next').innerText(), /Start here/);
  assert.match(await page.getByTestId('path-reason').innerText(), /easiest call/);
  // The full list stays below, in the same order.
  const cards = await page.getByTestId('scenario-card').evaluateAll((els) => els.map((e) => e.dataset.id));
  assert.deepEqual(cards, order);
  // Nothing measured yet.
  assert.equal((await page.getByTestId('profile-passed').innerText()).trim(), `Calls passed: 0 of ${library.length}`);
  assert.ok(Object.values(await profile(page)).every((r) => r === null));
  assert.deepEqual(await seriousA11yViolations(page), []);
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await screenshot(page, `path-new-1280-${scheme}`);
  }
  await page.setViewportSize({ width: 360, height: 740 });
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await screenshot(page, `path-new-360-${scheme}`);
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('playing calls fills the profile, counts the passes and moves the suggestion on; a pass is celebrated', async () => {
  const page = await newPage(browser, { locale: 'en-US' });
  const first = pathOrder()[0];
  // A call that fails: the reply shown last every time.
  const failed = await playCall(page, first, 4);
  assert.equal(failed.passed, false, 'answering with the last reply fails the easiest call');
  assert.equal(await page.getByTestId('celebration').count(), 0, 'no celebration without a pass');
  await openCatalog(page);
  assert.equal((await page.getByTestId('profile-passed').innerText()).trim(), `Calls passed: 0 of ${library.length}`);
  let rows = await profile(page);
  for (const [skill, score] of Object.entries(failed.skills)) assert.deepEqual(rows[skill], { best: score, latest: score }, skill);
  // A skill tested at one moment only stays out of the profile.
  for (const skill of failed.thin) assert.equal(rows[skill], null, skill);
  assert.ok(Object.keys(failed.skills).length >= 1);
  // The weakest skill is marked to work on.
  const weakest = ranked(rows)[0];
  assert.ok(weakest, 'a failed call leaves a skill below full marks');
  assert.equal(await page.getByTestId('profile-focus').count(), 1);
  assert.equal(await page.locator(`[data-testid=profile-skill][data-skill="${weakest}"] [data-testid=profile-focus]`).innerText(), 'Work on this');
  // No "Start here" once something is played; the suggestion names the weakest skill.
  assert.equal(await page.getByTestId('path-start').count(), 0);
  const afterFail = expectedNext(rows, new Set(), new Set([first]));
  assert.equal(await page.getByTestId('path-next').getAttribute('data-id'), afterFail.id);
  assert.equal(
    (await page.getByTestId('path-reason').innerText()).trim(),
    afterFail.skill
      ? `Your weakest skill so far is ${afterFail.name} (latest score ${rows[afterFail.skill].latest}), and this call trains it.`
      : 'The next call on your path that you have not passed yet.',
  );
  // The failed step says so, with its best score.
  assert.match(
    (await page.locator(`[data-testid=path-step][data-id="${first}"]`).getByTestId('path-status').innerText()).trim(),
    /^Not passed · best score \d+$/,
  );

  // A call that passes.
  const passed = await playPassingCase(page, first);
  assert.equal(passed.passed, true, 'the passing case of the plan passes in the browser');
  const celebration = page.getByTestId('celebration');
  await celebration.waitFor();
  assert.equal((await celebration.locator('.celebration-title').innerText()).trim(), 'You passed this call!');
  // Other calls of the library are still to pass: the next one is said to be waiting.
  assert.match(await celebration.locator('.celebration-body').innerText(), /Well done: the next call on your path is waiting\.$/);
  assert.match(await page.getByTestId('celebration-announce').innerText(), /^Well done: you passed this call with \d+ out of 100\.$/);
  assert.equal(await page.locator('[role=status]', { hasText: 'Well done' }).count(), 1, 'announced once');
  assert.equal(await celebration.locator('.celebration-art').getAttribute('aria-hidden'), 'true');
  const motion = await celebration.locator('.celebration-badge').evaluate((el) => getComputedStyle(el).animationName);
  assert.notEqual(motion, 'none', 'the badge pops in');
  await screenshot(page, 'path-celebration');

  await openCatalog(page);
  assert.equal((await page.getByTestId('profile-passed').innerText()).trim(), `Calls passed: 1 of ${library.length}`);
  rows = await profile(page);
  for (const [skill, score] of Object.entries(passed.skills)) {
    const best = Math.max(score, failed.skills[skill] ?? 0);
    assert.deepEqual(rows[skill], { best, latest: score }, skill);
  }
  const next = await page.getByTestId('path-next').getAttribute('data-id');
  assert.notEqual(next, first, 'the suggestion moves on from the passed call');
  // The call that trains the weakest skill (lowest latest score) best, among those not passed.
  const want = expectedNext(rows, new Set([first]), new Set([first]));
  assert.equal(next, want.id);
  assert.equal(
    (await page.getByTestId('path-reason').innerText()).trim(),
    want.skill
      ? `Your weakest skill so far is ${want.name} (latest score ${rows[want.skill].latest}), and this call trains it.`
      : 'The next call on your path that you have not passed yet.',
  );
  const step = page.locator(`[data-testid=path-step][data-id="${first}"]`);
  assert.equal((await step.getByTestId('path-status').innerText()).trim(), 'Passed');
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await screenshot(page, `path-progress-1280-${scheme}`);
  }
  await page.setViewportSize({ width: 360, height: 740 });
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await screenshot(page, `path-progress-360-${scheme}`);
  }
  assert.deepEqual(await seriousA11yViolations(page), []);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});


test('a pass is still celebrated under reduced motion, without any animation', async () => {
  const page = await newPage(browser, { locale: 'en-US' });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const { passed } = await playPassingCase(page, pathOrder()[0]);
  assert.equal(passed, true);
  const celebration = page.getByTestId('celebration');
  await celebration.waitFor();
  assert.ok(await celebration.locator('.celebration-title').isVisible());
  assert.ok(await celebration.locator('.celebration-badge').isVisible());
  for (const el of await celebration.locator('.celebration-badge, .confetti').all()) {
    const { name, duration } = await el.evaluate((e) => {
      const s = getComputedStyle(e);
      return { name: s.animationName, duration: parseFloat(s.animationDuration) };
    });
    assert.ok(name === 'none' || duration === 0, `${name} ${duration}`);
  }
  // The confetti are drawn where they land: spread around the badge, not stacked in its middle.
  const spread = await celebration.locator('.confetti').evaluateAll((els) => new Set(els.map((e) => Math.round(e.getBoundingClientRect().left))).size);
  assert.ok(spread >= 5, `${spread} places`);
  await screenshot(page, 'path-celebration-reduced-motion');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("an unfinished call's card says so, and opening it resumes the same turn", async () => {
  const page = await newPage(browser, { locale: 'en-US' });
  const id = pathOrder()[0];
  await page.goto(`${server.url}#/play/${id}?timer=off&mode=exam&seed=3`);
  await clickStart(page);
  await page.getByTestId('reply').first().click();
  await page.getByTestId('agent-line').first().waitFor();
  await page.getByTestId('reply').first().waitFor();
  const customerLines = await page.getByTestId('customer-line').count();
  // Back to the catalog by its address (the page is loaded again, as after closing the tab).
  await page.goto(server.url);
  const card = page.locator(`[data-testid=scenario-card][data-id="${id}"]`);
  await card.getByTestId('card-unfinished').waitFor();
  assert.equal((await card.getByTestId('card-unfinished').innerText()).trim(), 'Unfinished Carry on where you left off.');
  assert.equal(await card.getByText('Not played yet').count(), 0);
  const step = page.locator(`[data-testid=path-step][data-id="${id}"]`);
  assert.equal((await step.getByTestId('path-status').innerText()).trim(), 'Unfinished');
  await screenshot(page, 'path-unfinished-card');
  await card.locator('h2 a').click();
  await page.getByTestId('paused').waitFor();
  assert.equal(await page.getByTestId('agent-line').count(), 1);
  assert.equal(await page.getByTestId('customer-line').count(), customerLines);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

for (const size of ['150%', '200%']) {
  test(`the catalog does not overflow sideways on a 360 px phone at ${size} text`, async () => {
    const page = await newPage(browser, { locale: 'en-US', viewport: { width: 360, height: 740 } });
    await openCatalog(page);
    await page.evaluate((s) => {
      document.documentElement.style.fontSize = s;
    }, size);
    await page.getByTestId('filter-skill').selectOption('boundaries');
    await page.getByTestId('filter-skill').selectOption('');
    const overflow = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth - window.innerWidth,
      wide: [...document.querySelectorAll('.catalog *')]
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5 && !e.closest('.visually-hidden'))
        .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`)
        .slice(0, 5),
    }));
    assert.ok(overflow.page <= 0, `${overflow.page} px sideways`);
    assert.deepEqual(overflow.wide, []);
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme });
      await screenshot(page, `path-360-text-${size.replace('%', '')}-${scheme}`);
    }
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
}
