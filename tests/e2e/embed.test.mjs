// CalmLine without an LMS, on the release build: the share panel's QR code decodes back to the
// trainer's link (read from the rendered SVG with jsQR), the embed snippet names only a valid
// host origin, and a page that embeds a call hears it through postMessage (call started, each
// reply, call ended with the verdict), while a page of any other origin hears nothing.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { clickStart, launchBrowser, newPage, playToEnd, screenshot, seriousA11yViolations, serveStatic } from './helpers.mjs';

const require = createRequire(import.meta.url);
const ID = 'shouter-late-delivery';
let game;
let host;
let browser;

/** A host page (an intranet page) that embeds `src` and keeps every message it hears. */
function hostPage(src) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Intranet</title></head>
<body><h1>Intranet training page</h1>
<script>
  window.heard = [];
  window.addEventListener('message', (e) => {
    if (e.data && e.data.source === 'calmline') window.heard.push({ origin: e.origin, data: e.data });
  });
</script>
<iframe src="${src.replace(/"/g, '&quot;')}" title="CalmLine" style="width:100%;height:760px;border:0"></iframe>
</body></html>`;
}

before(async () => {
  game = await serveStatic();
  host = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(hostPage(url.searchParams.get('src') ?? ''));
  });
  await new Promise((ok) => host.listen(0, '127.0.0.1', ok));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await game?.close();
  await new Promise((ok) => host?.close(ok));
});

test('the QR code of the share panel decodes back to the link, and the embed snippet names a valid origin only', async () => {
  const page = await newPage(browser);
  await page.goto(`${game.url}#/play/${ID}?lang=en&timer=relaxed&mode=coach`);
  await page.getByTestId('start-call').waitFor();
  await page.getByTestId('share').locator('summary').click();
  const link = await page.getByTestId('share-link').inputValue();

  // Evaluated by the test driver (the site's policy refuses added page scripts).
  await page.evaluate(await readFile(require.resolve('jsqr/dist/jsQR.js'), 'utf8'));
  const decoded = await page.evaluate(async () => {
    const svg = document.querySelector('[data-testid=share-qr] svg').outerHTML;
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = 480;
    canvas.height = 480;
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, 480, 480);
    ctx.drawImage(img, 0, 0, 480, 480);
    const data = ctx.getImageData(0, 0, 480, 480);
    return window.jsQR(data.data, 480, 480)?.data ?? null;
  });
  assert.equal(decoded, link, 'the QR code holds the link');

  // The snippet: an iframe of the link; a host origin is added only when it is one.
  const code = page.getByTestId('embed-code');
  assert.match(await code.inputValue(), /^<iframe src="[^"]*#\/play\/shouter-late-delivery\?lang=en[^"]*" title="CalmLine training call: /);
  assert.ok(!(await code.inputValue()).includes('embed='));
  for (const bad of ['intranet.example.com', 'http://intranet.example.com', 'https://intranet.example.com:99999']) {
    await page.getByTestId('embed-origin').fill(bad);
    await page.getByTestId('embed-origin-invalid').waitFor();
    assert.equal(await page.getByTestId('embed-origin').getAttribute('aria-invalid'), 'true', bad);
    assert.ok(!(await code.inputValue()).includes('embed='), `an invalid origin is never used: ${bad}`);
  }
  // A page of the intranet, as a trainer pastes it, gives its site's origin.
  await page.getByTestId('embed-origin').fill('https://intranet.example.com/news/training');
  await page.waitForFunction(() => document.querySelector('[data-testid=embed-code]').value.includes('embed='));
  assert.ok((await code.inputValue()).includes('&amp;embed=https%3A%2F%2Fintranet.example.com"'));
  assert.equal(await page.getByTestId('embed-origin-invalid').count(), 0);
  assert.deepEqual(await seriousA11yViolations(page), []);
  await screenshot(page, 'share-qr-embed-en');
  assert.deepEqual(page.problems, []);
});

test('an embedding page of the named origin hears the call; a page of another origin hears nothing', async () => {
  const hostOrigin = `http://127.0.0.1:${host.address().port}`;
  const src = `${game.url}#/play/${ID}?lang=en&timer=off&mode=exam&embed=${encodeURIComponent(hostOrigin)}`;

  const page = await newPage(browser);
  await page.goto(`${hostOrigin}/?src=${encodeURIComponent(src)}`);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await clickStart(frame);
  const moves = await playToEnd(frame);
  await page.waitForFunction(() => window.heard.some((m) => m.data.event === 'call-ended'));
  const heard = await page.evaluate(() => window.heard);
  const events = heard.map((m) => m.data.event);
  assert.equal(events[0], 'call-started');
  assert.equal(events.filter((e) => e === 'reply').length, moves, 'one reply message per move');
  assert.equal(events.at(-1), 'call-ended');
  assert.ok(heard.every((m) => m.origin === new URL(game.url).origin), 'sent by the game');
  const started = heard[0].data;
  assert.deepEqual(
    { scenario: started.scenario, lang: started.lang, timer: started.timer, mode: started.mode, resumed: started.resumed },
    { scenario: ID, lang: 'en', timer: 'off', mode: 'exam', resumed: false },
  );
  const reply = heard.find((m) => m.data.event === 'reply').data;
  assert.equal(reply.move, 1);
  assert.ok(['correct', 'neutral', 'incorrect'].includes(reply.result));
  assert.equal(typeof reply.turn, 'string');
  const ended = heard.at(-1).data;
  assert.equal(typeof ended.passed, 'boolean');
  assert.ok(ended.score >= 0 && ended.score <= 100);
  assert.equal(ended.moves, moves);
  assert.ok(Object.keys(ended.skills).length >= 4, 'a score (or null) per skill');
  // The verdict the host hears is the one the debrief shows.
  const shown = await frame.getByTestId('debrief').getAttribute('data-passed');
  if (shown !== null) assert.equal(String(ended.passed), shown);

  // The same embed on a page of another origin (localhost is not 127.0.0.1): nothing arrives.
  const other = await newPage(browser);
  await other.goto(`http://localhost:${host.address().port}/?src=${encodeURIComponent(src)}`);
  const otherFrame = await (await other.waitForSelector('iframe')).contentFrame();
  await clickStart(otherFrame);
  await playToEnd(otherFrame);
  await other.waitForTimeout(300);
  assert.deepEqual(await other.evaluate(() => window.heard), []);
  assert.deepEqual(page.problems, []);
  assert.deepEqual(other.problems, []);
});
