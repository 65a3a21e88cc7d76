// An outbound call (the trainee calls the customer back, `direction = "outbound"`) on the release
// build: the ring screen says "Calling" with the customer's card and a focused "Call" button,
// never that the customer is calling; placing the call shows "Ringing…" and no ring tone plays;
// then the customer answers with the first line. An incoming call keeps its own screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, seriousA11yViolations, skipSpeaking, useSite } from './helpers.mjs';

const site = useSite();
const CALL = 'call-back-energy-bill';

/** Counts the audio contexts the page makes (a ring tone would need one). */
async function countAudio(page) {
  await page.addInitScript(() => {
    window.__audioContexts = 0;
    for (const name of ['AudioContext', 'webkitAudioContext']) {
      const Real = window[name];
      if (!Real) continue;
      window[name] = class extends Real {
        constructor(...args) {
          super(...args);
          window.__audioContexts += 1;
        }
      };
    }
  });
}

test('a call-back is placed by the trainee: "Calling", "Call", "Ringing…", then the customer answers', async () => {
  const page = await newPage(site.browser, { locale: 'en-US' });
  await countAudio(page);
  // Sound on: an incoming call would ring aloud now.
  await page.addInitScript(() => {
    localStorage.setItem('calmline.settings', 'v2 timer=standard mode=exam voice=1 motion=0 address=ask');
  });
  await page.goto(`${site.server.url}#/play/${CALL}?timer=off&seed=3`);
  await page.getByTestId('start-call').click();

  const ring = page.getByTestId('ringing');
  await ring.waitFor();
  assert.equal(await ring.getAttribute('data-direction'), 'outbound');
  const heading = (await page.locator('#ring-heading').innerText()).trim();
  assert.match(heading, /^calling$/i, 'the heading says the trainee is calling');
  assert.doesNotMatch(await ring.innerText(), /incoming/i, 'nothing says the customer is calling');
  assert.equal((await page.getByTestId('caller-name').innerText()).trim(), 'Dennis Moore');
  assert.match(await page.title(), /Calling Dennis Moore/);
  const call = page.getByTestId('pick-up');
  assert.equal((await call.innerText()).trim(), 'Call');
  await page.waitForFunction(() => document.activeElement?.id === 'pick-up');
  assert.deepEqual(await seriousA11yViolations(page), []);

  // Enter places the call: the screen stays, says it is ringing, and the button cannot be pressed
  // twice; no ring tone is made for a call the trainee places.
  await page.keyboard.press('Enter');
  await page.getByTestId('ring-status').filter({ hasText: 'Ringing…' }).waitFor();
  assert.equal(await call.isDisabled(), true);
  assert.equal(await page.evaluate(() => window.__audioContexts), 0, 'no ring tone for an outbound call');

  // The customer answers: the first line, written as someone picking up the phone.
  await page.waitForSelector('[data-testid=skip-speaking], [data-testid=reply]');
  await skipSpeaking(page);
  const first = (await page.getByTestId('customer-line').first().innerText()).trim();
  assert.match(first, /Dennis Moore speaking|Who's this\?|Moore here/, first);
  await page.getByTestId('reply').first().waitFor();
  assert.equal(await page.getByTestId('ringing').count(), 0);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('under reduced motion the outbound screen does not move, and Polish and Hungarian say it in their words', async () => {
  for (const [lang, heading, button] of [['pl', 'Połączenie wychodzące', 'Zadzwoń'], ['hu', 'Kimenő hívás', 'Hívás']]) {
    const page = await newPage(site.browser, { locale: lang });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${site.server.url}#/play/${CALL}?timer=off&seed=3`);
    await page.getByTestId('start-call').waitFor();
    const choice = page.getByTestId('address-pani');
    if (await choice.count()) await choice.check();
    await page.waitForFunction(() => !document.querySelector('[data-testid=start-call]').hasAttribute('aria-disabled'));
    await page.getByTestId('start-call').click();
    await page.getByTestId('ringing').waitFor();
    assert.equal((await page.locator('#ring-heading').innerText()).trim().toLowerCase(), heading.toLowerCase());
    assert.equal((await page.getByTestId('pick-up').innerText()).trim(), button);
    await page.getByTestId('pick-up').click();
    await page.getByTestId('ring-status').filter({ hasText: '…' }).waitFor();
    const moving = await page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length);
    assert.equal(moving, 0, `${lang}: nothing moves under reduced motion`);
    await page.getByTestId('customer-line').first().waitFor();
    await page.context().close();
  }
});

test('an incoming call still rings as before', async () => {
  const page = await newPage(site.browser, { locale: 'en-US' });
  await page.goto(`${site.server.url}#/play/shouter-late-delivery?timer=off&seed=3`);
  await page.getByTestId('start-call').click();
  await page.getByTestId('ringing').waitFor();
  assert.equal(await page.getByTestId('ringing').getAttribute('data-direction'), 'inbound');
  assert.match((await page.locator('#ring-heading').innerText()).trim(), /^incoming call$/i);
  assert.equal((await page.getByTestId('pick-up').innerText()).trim(), 'Pick up');
  assert.equal(await page.getByTestId('ring-status').count(), 0);
  await page.getByTestId('pick-up').click();
  await page.getByTestId('customer-line').first().waitFor();
  await page.context().close();
});
