// Customers with their own faces (issue 12, item 3) on the release build: every library call's
// portrait is drawn from its scenario's `[customer] face`, so two calls show two different
// people (the markup differs outside the expression), the 78-year-old has lines of age and the
// young man none; and one mood vocabulary: through a whole call in Polish the mood word of the
// meter, the portrait's label and the ring's colour band always name the same step of the
// five-step mood scale, and the line under it words the tone of the newest line, never with a
// word of the mood scale.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ARTIFACTS, catalogEntries, newPage, screenshot, seriousA11yViolations, useSite, startCallAt } from './helpers.mjs';

const site = useSite();

function startCall(page, id, query = 'timer=off&mode=exam&seed=3') {
  return startCallAt(page, site.server.url, id, query);
}

/** The portrait's SVG markup, and the same without the paths of the expression. */
async function portrait(page) {
  const svg = await page.getByTestId('portrait').evaluate((el) => el.outerHTML);
  const person = svg
    .split('<path')
    .filter((part) => !part.includes('face-expression'))
    .join('<path')
    .replace(/aria-label="[^"]*"/, '')
    .replace(/<title>.*?<\/title>/, '');
  return { svg, person };
}

/** Opens a call in a page of its own and reads its portrait (a keepsake screenshot too). */
async function callPortrait(id, { locale = 'en-US', shot = false } = {}) {
  const page = await newPage(site.browser, { locale });
  await startCall(page, id);
  const drawn = await portrait(page);
  drawn.lines = await page.locator('[data-testid=portrait] .face-age').count();
  drawn.label = await page.getByTestId('portrait').getAttribute('aria-label');
  drawn.problems = page.problems;
  if (shot) {
    await mkdir(ARTIFACTS, { recursive: true });
    await page.getByTestId('portrait').screenshot({ path: join(ARTIFACTS, `face-${id}.png`) });
    drawn.violations = await seriousA11yViolations(page);
  }
  await page.context().close();
  return drawn;
}

test('two library calls show two different people, and age shows on the older one', async () => {
  const elder = await callPortrait('tech-novice-router');
  const young = await callPortrait('lost-customer-bank-letter');
  assert.notEqual(elder.svg, young.svg);
  assert.notEqual(elder.person, young.person, 'the same person drawn for both calls');
  assert.ok(elder.lines >= 10, `the 78-year-old has ${elder.lines} lines of age`);
  assert.equal(young.lines, 0, 'the 23-year-old has no lines of age');
  // Still one labelled image for screen readers: the name and the mood word.
  assert.match(young.label, /^Jake Morrison, mood: \S+/);
  assert.deepEqual([...elder.problems, ...young.problems], []);
});

test('every library call has a portrait of its own (screenshots kept)', async () => {
  const people = new Map();
  for (const { id } of await catalogEntries()) {
    const { person, violations } = await callPortrait(id, { shot: true });
    for (const [other, seen] of people) assert.notEqual(person, seen, `${id} looks like ${other}`);
    people.set(id, person);
    assert.deepEqual(violations, [], id);
  }
  assert.equal(people.size, (await catalogEntries()).length);
  assert.ok(people.size >= 10, `${people.size} library calls`);
});

// The five steps of the mood scale in Polish, and the words for the tone of a line.
const MOOD_PL = ['Koniec cierpliwości', 'Zdenerwowanie', 'Napięcie', 'Spokój', 'Zadowolenie'];
const TONE_PL = ['wzburzony', 'ostry', 'zniecierpliwiony', 'zaniepokojony', 'niepewny', 'nieufny', 'rzeczowy', 'łagodniejszy', 'ciepły'];

async function moodShown(page) {
  return page.evaluate(() => {
    const meter = document.querySelector('[data-testid=mood] [role=meter]');
    const figure = document.querySelector('[data-testid=portrait]').closest('figure');
    const tone = document.querySelector('.call-emotion');
    return {
      mood: Number(meter.getAttribute('aria-valuenow')),
      word: document.querySelector('[data-testid=mood] .mood-word').textContent.trim(),
      valuetext: meter.getAttribute('aria-valuetext'),
      label: document.querySelector('[data-testid=portrait]').getAttribute('aria-label'),
      ring: [...figure.classList].find((c) => c.startsWith('mood-band-')),
      tone: tone ? tone.textContent.trim() : null,
    };
  });
}

test('the mood word, the portrait and the tone line agree through a whole call in Polish', async () => {
  const page = await newPage(site.browser, { locale: 'pl-PL' });
  // The shouter starts furious and, answered well, ends calm: the call crosses the scale.
  await startCall(page, 'shouter-late-delivery', 'timer=off&mode=exam&seed=3');
  const bands = new Set();
  const tones = new Set();
  for (let moves = 0; moves < 40; moves++) {
    await page.waitForSelector('[data-testid=debrief], [data-testid=hangup], [data-testid=reply]');
    if (await page.locator('[data-testid=debrief], [data-testid=hangup]').count()) break;
    const shown = await moodShown(page);
    const band = Math.min(4, Math.floor(Math.min(shown.mood, 99) / 20));
    bands.add(band);
    const word = MOOD_PL[band];
    assert.equal(shown.word, word, `mood ${shown.mood}`);
    assert.ok(shown.valuetext.endsWith(word), shown.valuetext);
    assert.equal(shown.ring, `mood-band-${band}`, 'the ring shows the same step');
    assert.ok(shown.label.endsWith(`nastrój: ${word.toLowerCase()}`), shown.label);
    // The line under the meter (where the screen shows it) is the tone, in words of its own.
    if (shown.tone !== null) {
      const tone = shown.tone.replace(/^Ton:\s*/, '').replace(/[\u2068\u2069]/g, '');
      assert.ok(shown.tone.startsWith('Ton:'), shown.tone);
      assert.ok(TONE_PL.includes(tone), `unknown tone "${tone}"`);
      for (const m of MOOD_PL) assert.ok(!tone.includes(m.toLowerCase()), `${tone} repeats ${m}`);
      tones.add(tone);
    }
    if (moves === 1) await screenshot(page, 'faces-call-pl');
    // Alternate the first and the last reply on offer, so that the mood moves up and down.
    const before = await page.getByTestId('agent-line').count();
    const count = await page.getByTestId('reply').count();
    await page.getByTestId('reply').nth(moves % 2 === 0 ? 0 : count - 1).click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid=agent-line]').length > n || document.querySelector('[data-testid=debrief]'),
      before,
    );
  }
  assert.ok(bands.size >= 2, `the call stayed in one mood band: ${[...bands]}`);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
