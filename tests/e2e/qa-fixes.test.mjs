// Fixes after the independent QA of round 12, on the release build: notices that belong to their
// screen (#2), a debrief that opens with the verdict and speaks no jargon (#5), a learning path
// that does not jump ahead and says "Not passed" (#7), "clear my data" that keeps the language and
// says it is done, one start wording in every language (#10), and the library's longest turns on a
// 360x740 phone at 100 % text (issue 12 item 1): the newest line and every reply fit below the
// pinned bar without scrolling, found by their boxes and by hit-testing; the height each needs
// against the room below the bar is printed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, clickStart, newPage, playToEnd, screenshot, seriousA11yViolations, settled, startCallAt, useSite } from './helpers.mjs';

const ID = 'shouter-late-delivery';
const RANK = { easy: 0, medium: 1, hard: 2 };

const site = useSite();

/** The catalog as built: id, difficulty and skills of each call, in the order of the path. */
async function pathOrder() {
  const text = await readFile(join(DIST, 'scenarios', 'index.toml'), 'utf8');
  return text
    .split('[[scenario]]')
    .slice(1)
    .map((block) => ({ id: block.match(/^id = "([^"]+)"$/m)[1], difficulty: block.match(/^difficulty = "([^"]+)"$/m)[1] }))
    .sort((a, b) => RANK[a.difficulty] - RANK[b.difficulty] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((e) => e.id);
}

/** Chooses the reply at `position` (1-based) and waits for the move to be recorded. */
async function reply(page, position) {
  const before = await page.getByTestId('agent-line').count();
  await page.getByTestId('reply').nth(position - 1).click();
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid=agent-line]').length > n || document.querySelector('[data-testid=debrief]'),
    before,
  );
}

test('QA #2: the "resumed" notice goes when its call ends; a bad link\'s notice stays on its screen', async () => {
  const page = await newPage(site.browser, { locale: 'en-US' });
  await startCallAt(page, site.server.url, ID, 'timer=off&mode=exam&seed=8');
  await reply(page, 1);
  await page.reload();
  await page.getByTestId('paused').waitFor();
  assert.match(await page.getByTestId('notices').innerText(), /restored/);
  await page.getByTestId('resume').click();
  await playToEnd(page, { position: 1 });
  await page.getByTestId('debrief').waitFor();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=notice]').length === 0);
  assert.equal(await page.getByTestId('notice').count(), 0, 'no notice about a call that has ended');

  // A bad link's notice is on the briefing it was opened with, and not on the settings after it.
  await page.goto(`${site.server.url}#/play/tech-novice-router?timer=turbo&mode=zen`);
  await page.getByTestId('start-call').waitFor();
  await page.getByTestId('notice').waitFor();
  assert.equal(await page.getByTestId('notice').count(), 1);
  await page.goto(`${site.server.url}#/settings`);
  await page.getByTestId('settings-page').waitFor();
  assert.equal(await page.getByTestId('notice').count(), 0, 'the settings say nothing about the link');
  // A notice raised on a screen stays while the trainee is on it.
  await page.goto(`${site.server.url}#/?timer=warp`);
  await page.getByTestId('scenario-card').first().waitFor();
  assert.equal(await page.getByTestId('notice').count(), 1);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('QA #5: the debrief opens with the verdict, takes the focus there, and keeps the record below without jargon', async () => {
  const page = await newPage(site.browser, { locale: 'pl' });
  await page.goto(`${site.server.url}#/play/${ID}?lang=pl&timer=off&mode=exam&seed=7`);
  await clickStart(page, 'pani');
  await page.getByTestId('reply').first().waitFor();
  await playToEnd(page, { position: 1, keyboard: true });
  await page.getByTestId('debrief').waitFor();
  // Focus is on the heading at the top, which says the verdict.
  await page.waitForFunction(() => document.activeElement?.id === 'debrief-heading');
  const top = await page.locator('#debrief-heading').evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(top >= 0 && top < 300, `the heading is at the top of the screen (${top}px)`);
  const heading = (await page.locator('#debrief-heading').innerText()).replace(/\s+/g, ' ');
  assert.match(heading, /^Omówienie rozmowy\s*:?\s*(Zaliczona: \d+ na 100 punktów|Niezaliczona: .+)$/);
  // The order: verdict (headline, score, outcome, reasons), skills, review, reflection, record.
  const order = await page.evaluate(() => {
    const ids = ['verdict-headline', 'debrief-score', 'outcome', 'verdict', 'skill-score', 'review-step', 'reflection-went-well', 'record'];
    const els = ids.map((id) => document.querySelector(`[data-testid=${id}]`));
    return els.every(Boolean) && els.every((el, i) => i === 0 || (els[i - 1].compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING));
  });
  assert.ok(order, 'verdict, then skills, review, reflection, and the record last');
  // The verdict is on the first screen of a laptop.
  const verdictTop = await page.getByTestId('verdict').evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(verdictTop < 800, `the reasons start at ${verdictTop}px`);
  // No jargon on screen: the call's variant is only on paper, under a plain label.
  const screen = await page.locator('main').innerText();
  for (const word of ['ziarno', 'seed', 'Wariant rozmowy', 'Wersja rozmowy']) assert.ok(!screen.includes(word), `"${word}" on screen`);
  // The ending's explanation does not start by repeating the ending's name.
  const kind = (await page.locator('.outcome-kind').innerText()).trim();
  const explained = (await page.locator('.outcome-debrief').innerText()).trim();
  assert.ok(!explained.toLowerCase().startsWith(kind.toLowerCase()), `"${explained}" repeats "${kind}"`);
  assert.deepEqual(await seriousA11yViolations(page), []);
  await screenshot(page, 'qa-debrief-top-pl');
  await page.emulateMedia({ media: 'print' });
  const record = await page.getByTestId('record').innerText();
  assert.ok(record.includes('Wariant rozmowy'), record);
  assert.match((await page.getByTestId('record-seed').innerText()).trim(), /^\d+\.7$/);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('QA #7: "Next for you" stays on "Start here" until it is played; a failed step says "Not passed"', async () => {
  const order = await pathOrder();
  assert.ok(order.length >= 3);
  const page = await newPage(site.browser, { locale: 'en-US' });
  await page.goto(site.server.url);
  // As in the QA: the second step passed, the last failed with 64, a weak skill on record that a
  // harder call trains first.
  const last = order[order.length - 1];
  await page.evaluate(([second, last]) => {
    localStorage.setItem('calmline.progress', `v2 ${second}:90:1:1 ${last}:64:1:0`);
    localStorage.setItem('calmline.skills', 'v1 boundaries:20:20 clarity:40:40 empathy:50:50');
  }, [order[1], last]);
  await page.reload();
  await page.getByTestId('path-step').first().waitFor();
  const step = (id) => page.locator(`[data-testid=path-step][data-id="${id}"]`);
  assert.equal(await page.getByTestId('path-next').getAttribute('data-id'), order[0]);
  assert.match(await page.getByTestId('path-next').innerText(), /Start here/);
  assert.equal(await step(order[0]).getByTestId('path-start').count(), 1);
  assert.equal((await step(order[0]).getByTestId('path-status').innerText()).trim(), 'Not played yet');
  assert.equal((await step(order[1]).getByTestId('path-status').innerText()).trim(), 'Passed');
  assert.equal((await step(last).getByTestId('path-status').innerText()).trim(), 'Not passed · best score 64');
  // Once the first step is played (and failed), the suggestion stays at the easy level.
  await page.evaluate(([first, second, last]) => {
    localStorage.setItem('calmline.progress', `v2 ${first}:40:1:0 ${second}:90:1:1 ${last}:64:1:0`);
  }, [order[0], order[1], last]);
  await page.reload();
  await page.getByTestId('path-step').first().waitFor();
  const next = await page.getByTestId('path-next').getAttribute('data-id');
  const text = await readFile(join(DIST, 'scenarios', 'index.toml'), 'utf8');
  const level = (id) => text.split('[[scenario]]').find((b) => b.includes(`id = "${id}"`)).match(/^difficulty = "([^"]+)"$/m)[1];
  assert.equal(level(next), level(order[0]), `${next} is at the level of the first open step`);
  assert.equal(await page.getByTestId('path-start').count(), 0);
  assert.equal((await step(order[0]).getByTestId('path-status').innerText()).trim(), 'Not passed · best score 40');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('QA #10: "clear my data" keeps the language on screen and says the data was deleted', async () => {
  for (const [locale, saved, lang, message] of [
    ['en-US', 'pl', 'pl', 'Twoje dane zostały usunięte z tej przeglądarki.'],
    ['hu-HU', null, 'hu', 'Az adataidat töröltük ebből a böngészőből.'],
  ]) {
    const page = await newPage(site.browser, { locale });
    await page.goto(site.server.url);
    await page.evaluate((saved) => {
      localStorage.setItem('calmline.progress', 'v2 shouter-late-delivery:90:1:1');
      if (saved) localStorage.setItem('calmline.lang', saved);
    }, saved);
    await page.goto(`${site.server.url}#/settings`);
    await page.getByTestId('clear-data').click();
    await Promise.all([page.waitForEvent('load'), page.getByTestId('clear-data-yes').click()]);
    await page.getByTestId('scenario-card').first().waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.equal((await page.locator('[data-testid=notice] .notice-body p').innerText()).trim(), message);
    // Keyboard focus on the sentence that says so (QA round 3, #10), not on the page's body.
    await page.waitForFunction(() => document.activeElement?.id === 'notice-data-cleared');
    const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('calmline.')));
    assert.deepEqual(keys, saved ? ['calmline.lang'] : []);
    assert.equal(await page.getByTestId('card-record').count(), 0);
    // Said once: not again after another reload.
    await page.reload();
    await page.getByTestId('scenario-card').first().waitFor();
    assert.equal(await page.getByTestId('notice').count(), 0);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
});

test('QA #10: the briefing\'s start button says the same thing in every language', async () => {
  const want = { en: 'Start the call', pl: 'Rozpocznij rozmowę', hu: 'A hívás indítása' };
  for (const [lang, label] of Object.entries(want)) {
    const page = await newPage(site.browser, { locale: lang });
    await page.goto(`${site.server.url}#/play/${ID}?lang=${lang}`);
    assert.equal((await page.getByTestId('start-call').innerText()).trim(), label);
    await page.context().close();
  }
});

// ---------------------------------------------------------------------------------------------
// The library's longest turns on a phone.

const unquote = (s) => JSON.parse(`"${s}"`);
/** Polish as the trainee addressed as "Pan" reads it. */
const asPan = (text) => text.replace(/\{([^|{}]*)\|[^{}]*\}/g, '$1');
const STR = /"((?:[^"\\]|\\.)*)"/g;

/** The turns of a scenario file in Polish: id, customer lines, and each reply's id and wordings. */
function polishTurns(source) {
  return source.split(/^\[\[turn\]\]$/m).slice(1).map((block) => {
    const head = block.split(/^\[\[turn\.(?:line|reply)\]\]$/m)[0];
    const id = head.match(/^id = "([^"]+)"$/m)[1];
    const parts = block.split(/^\[\[turn\.(line|reply)\]\]$/m);
    const lines = [];
    const replies = [];
    for (let i = 1; i < parts.length; i += 2) {
      const body = parts[i + 1];
      if (parts[i] === 'line') {
        const m = body.match(/^pl = "((?:[^"\\]|\\.)*)"$/m);
        if (m) lines.push(asPan(unquote(m[1])));
      } else {
        const one = body.match(/^text\.pl = "((?:[^"\\]|\\.)*)"$/m);
        const many = body.match(/^text\.pl = \[\n([\s\S]*?)\n\]$/m);
        const wordings = one ? [unquote(one[1])] : [...(many?.[1] ?? '').matchAll(STR)].map((m) => unquote(m[1]));
        replies.push({ id: body.match(/^id = "([^"]+)"$/m)[1], wordings: wordings.map(asPan) });
      }
    }
    const size = Math.max(0, ...lines.map((l) => l.length)) + replies.reduce((a, r) => a + Math.max(...r.wordings.map((w) => w.length)), 0);
    return { id, lines, replies, size };
  });
}

/** The moves of the plan cases of a scenario, those without twists first: each a list of
 * "turn.reply" (a twist happens with some seeds only, so several are tried). */
async function planPaths(id) {
  const plan = await readFile(join('scenarios', `${id}.plan.toml`), 'utf8');
  const cases = plan.split('[[case]]').slice(1);
  const twisted = (c) => /^twists = /m.test(c);
  return [...cases.filter((c) => !twisted(c)), ...cases.filter(twisted)]
    .map((c) => [...c.match(/^moves = \[(.*)\]$/m)[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]));
}

/** Plays `moves` on the call that is on screen, each found by its wording; false if one is not
 * on screen (the seed led elsewhere). */
async function follow(page, turns, moves) {
  for (const move of moves) {
    const [turnId, replyId] = move.split('.');
    const wordings = turns.find((t) => t.id === turnId).replies.find((r) => r.id === replyId).wordings;
    await page.getByTestId('reply').first().waitFor();
    const shown = (await page.getByTestId('reply').locator('.reply-text').allInnerTexts()).map((t) => t.trim());
    const at = shown.findIndex((t) => wordings.includes(t));
    if (at < 0) return false;
    await reply(page, at + 1);
    if (await page.getByTestId('debrief').count()) return false;
  }
  await page.getByTestId('reply').first().waitFor();
  return true;
}

/** The turns shortened after QA 12 (the library's former longest turn and the next ones): always
 * measured, whatever their length now. */
const SHORTENED = ['never-satisfied-washing-machine/vent', 'tech-novice-router/what-happened'];

test('issue 12 item 1: at 360x740 and 100 % text the longest turns fit: the newest line and every reply in view below the pinned bar, without scrolling', async () => {
  const dir = join(DIST, 'scenarios');
  const candidates = [];
  for (const file of await readdir(dir)) {
    if (!file.endsWith('.toml') || file === 'index.toml') continue;
    const scenario = file.replace(/\.toml$/, '');
    const turns = polishTurns(await readFile(join(dir, file), 'utf8'));
    for (const turn of turns) if (turn.lines.length) candidates.push({ scenario, turns, turn });
  }
  // The longest by characters (line and replies), and the shortened ones: the longest by
  // rendered height is among them.
  candidates.sort((a, b) => b.turn.size - a.turn.size);
  const chosen = candidates.filter((c, i) => i < 8 || SHORTENED.includes(`${c.scenario}/${c.turn.id}`));
  const measured = [];
  for (const { scenario, turns, turn } of chosen) {
    const paths = (await planPaths(scenario)).filter((moves) => moves.some((m) => m.startsWith(`${turn.id}.`)));
    let done = false;
    for (const moves of paths.slice(0, 3)) {
      const before = moves.slice(0, moves.findIndex((m) => m.startsWith(`${turn.id}.`)));
      for (let seed = 0; seed < 8 && !done; seed++) {
        const page = await newPage(site.browser, { locale: 'pl', viewport: { width: 360, height: 740 } });
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await page.goto(`${site.server.url}#/play/${scenario}?lang=pl&timer=relaxed&mode=exam&seed=${seed}`);
        await clickStart(page, 'pan');
        if (await follow(page, turns, before)) {
          const shown = (await page.getByTestId('reply').locator('.reply-text').allInnerTexts()).map((t) => t.trim());
          if (shown.every((t) => turn.replies.some((r) => r.wordings.includes(t)))) {
            await settled(page);
            const g = await page.evaluate(() => {
              const box = (el) => el.getBoundingClientRect();
              const pinned = [...document.querySelectorAll('body *')]
                .filter((el) => ['sticky', 'fixed'].includes(getComputedStyle(el).position))
                .map(box)
                .filter((r) => r.height > 0 && r.bottom > 0 && r.top < innerHeight);
              const lines = document.querySelectorAll('[data-testid=customer-line]');
              const line = box(lines[lines.length - 1]);
              const replies = [...document.querySelectorAll('[data-testid=reply]')].map(box);
              // The bar as it is once stuck to the top (it scrolls with the page until then).
              const stuck = document.querySelector('.call-bar')?.getBoundingClientRect().height ?? 0;
              // What the eye finds at a few points across each (the line, every reply): itself,
              // not the bar or anything else on top of it.
              const seen = (el) => {
                const r = box(el);
                return [0.1, 0.5, 0.9].flatMap((fx) => [0.2, 0.8].map((fy) => {
                  const hit = document.elementFromPoint(r.left + r.width * fx, r.top + r.height * fy);
                  return hit === el || el.contains(hit);
                })).every(Boolean);
              };
              const replyEls = [...document.querySelectorAll('[data-testid=reply]')];
              const part = (sel) => {
                const el = document.querySelector(sel);
                return el ? Math.round(box(el).height) : 0;
              };
              return {
                lineSeen: seen(lines[lines.length - 1]),
                repliesSeen: replyEls.map(seen),
                parts: `bar ${part('.call-bar')}, line ${Math.round(line.height)}, timer tools ${part('[data-testid=timer-tools]')}, replies ${replies.map((r) => Math.round(r.height)).join('+')}`,
                scrollY: window.scrollY,
                bar: Math.max(0, ...pinned.filter((p) => p.top <= 1).map((p) => p.bottom)),
                stuck,
                firstTop: replies[0].top,
                lineTop: line.top,
                lineBottom: line.bottom,
                lastBottom: replies[replies.length - 1].bottom,
                height: innerHeight,
              };
            });
            measured.push({ at: `${scenario}/${turn.id}`, chars: turn.size, needed: Math.round(g.lastBottom - g.lineTop), room: Math.round(g.height - Math.max(g.bar, g.stuck)), ...g });
            if (SHORTENED.includes(`${scenario}/${turn.id}`)) await screenshot(page, `qa-longest-turn-360-${scenario}-${turn.id}`);
            done = true;
          }
        }
        await page.context().close();
      }
      if (done) break;
    }
    assert.ok(done, `${scenario}/${turn.id} reached through its test plan`);
  }
  measured.sort((a, b) => b.needed - a.needed);
  console.log(`# turns at 360x740, 100 % (line and replies, room below the bar): ${measured.map((m) => `${m.at} ${m.chars} chars ${m.needed}/${m.room}px (${m.parts})`).join('; ')}`);
  for (const m of measured) {
    // Every turn, as placed by the call (no scrolling by the trainee): the newest line starts
    // under the pinned bar, the last reply ends above the screen's bottom, and the line and
    // every reply are what the eye finds at their points (nothing covers them).
    assert.ok(m.lineTop >= m.bar - 0.5, `${m.at}: the newest line starts at ${m.lineTop}, under the bar (${m.bar})`);
    assert.ok(m.needed <= m.room, `${m.at}: the line and the replies need ${m.needed}px, the room below the bar is ${m.room}px (${m.parts})`);
    assert.ok(m.lastBottom <= m.height + 0.5, `${m.at}: the last reply ends at ${m.lastBottom} of ${m.height} (scrolled to ${m.scrollY})`);
    assert.ok(m.lineSeen, `${m.at}: the newest line is in sight, not covered`);
    m.repliesSeen.forEach((ok, i) => assert.ok(ok, `${m.at}: reply ${i + 1} is in sight, not covered`));
  }
  for (const at of SHORTENED) assert.ok(measured.some((x) => x.at === at), `${at} measured`);
});

test('QA round 3 #3: another try and a fresh briefing keep the trainee\'s exam mode and strict timer; a trainer\'s link still wins', async () => {
  const page = await newPage(site.browser, { locale: 'en-US' });
  const checked = (id) => page.getByTestId(id).isChecked();
  await page.goto(`${site.server.url}#/play/${ID}`);
  await page.getByTestId('start-call').waitFor();
  assert.ok((await checked('timer-standard')) && (await checked('mode-coach')), 'the defaults at first');
  await page.getByTestId('timer-strict').check();
  await page.getByTestId('mode-exam').check();
  await clickStart(page);
  await playToEnd(page);
  // "Try this call again": the briefing starts from the last choice.
  await page.getByTestId('retry').click();
  await page.getByTestId('briefing').waitFor();
  assert.ok(await checked('timer-strict'), 'strict kept for another try');
  assert.ok(await checked('mode-exam'), 'exam kept for another try');
  // So does a fresh briefing of another call, after a reload.
  await page.goto(`${site.server.url}#/play/tech-novice-router`);
  await page.reload();
  await page.getByTestId('start-call').waitFor();
  assert.ok((await checked('timer-strict')) && (await checked('mode-exam')), 'a fresh briefing');
  // A trainer's locked link wins, and starting its call leaves the trainee's choice as it was.
  await page.goto(`${site.server.url}#/play/${ID}?timer=relaxed&mode=coach&lock=1`);
  await page.reload();
  await page.getByTestId('locked-choices').waitFor();
  assert.equal(await page.getByTestId('locked-timer').getAttribute('data-value'), 'relaxed');
  assert.equal(await page.getByTestId('locked-mode').getAttribute('data-value'), 'coach');
  await page.getByTestId('start-call').click();
  await page.getByTestId('ringing').waitFor();
  await page.goto(`${site.server.url}#/play/tech-novice-router`);
  await page.reload();
  await page.getByTestId('start-call').waitFor();
  assert.ok((await checked('timer-strict')) && (await checked('mode-exam')), 'not replaced by the trainer\'s');
  // An unlocked link only preselects: its values show, and are not taken for the trainee's.
  await page.goto(`${site.server.url}#/play/${ID}?mode=coach`);
  await page.reload();
  await page.getByTestId('start-call').waitFor();
  assert.ok((await checked('timer-strict')) && (await checked('mode-coach')));
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
