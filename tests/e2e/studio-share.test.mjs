// Sharing a call by link (issue 15, item 7): the trainer hosts the saved file on their own
// server, the studio's Share panel makes the link, and a trainee who opens it (from the studio
// or from the player's address) gets the call's briefing and plays it: the file fetched from the
// other origin, checked by the studio's validator, compiled and played. A server that does not
// allow other sites to read the file (no CORS header), a missing file, a broken file and an
// address that is not https each say what happened and where. The trainer's "server" is a
// second local origin (another port), as a real host would be another origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { clickStart, newPage, seriousA11yViolations, skipSpeaking, useSite } from './helpers.mjs';

const site = useSite();
const CALL = 'shouter-late-delivery';
let host;

/** The trainer's web server: `/calls/mine.toml` with CORS, `/closed/mine.toml` without,
 * `/calls/broken.toml` a file with an error. */
before(async () => {
  const source = await readFile(`scenarios/${CALL}.toml`, 'utf8');
  const mine = source.replace(`id = "${CALL}"`, 'id = "my-shared-call"');
  const broken = mine.replace(/^start = "[^"]+"$/m, 'start = "nowhere"');
  const server = createServer((req, res) => {
    const cors = { 'access-control-allow-origin': '*', 'content-type': 'text/plain; charset=utf-8' };
    if (req.url === '/calls/mine.toml') res.writeHead(200, cors).end(mine);
    else if (req.url === '/calls/broken.toml') res.writeHead(200, cors).end(broken);
    else if (req.url === '/closed/mine.toml') res.writeHead(200, { 'content-type': 'text/plain' }).end(mine);
    else res.writeHead(404, cors).end();
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  host = { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((ok) => server.close(ok)) };
});
after(() => host?.close());

test('the Share panel makes a link that plays the hosted call, from the studio and from the player', async () => {
  const page = await newPage(site.browser, { locale: 'pl' });
  await page.goto(`${site.server.url}studio/#/studio`);
  await page.getByTestId('studio-library').selectOption(`${CALL}.toml`);
  await page.getByTestId('studio-open-library').click();
  await page.getByTestId('studio-editing').waitFor();
  const address = page.getByTestId('studio-share-address');
  await address.fill('ftp://example.org/mine.toml');
  await page.getByText('Adres musi zaczynać się od https://.').waitFor();
  await address.fill(`${host.url}/calls/mine.toml`);
  const link = await page.getByTestId('studio-share-link').inputValue();
  assert.equal(link, `${site.server.url}studio/#/shared?src=${encodeURIComponent(`${host.url}/calls/mine.toml`)}&lang=pl`);
  assert.deepEqual(await seriousA11yViolations(page), [], 'studio with the Share panel');

  // A trainee opens the link: the briefing of the trainer's call, then the call itself.
  const trainee = await newPage(site.browser, { locale: 'pl' });
  await trainee.goto(link);
  await clickStart(trainee);
  await trainee.waitForSelector('[data-testid=skip-speaking], [data-testid=reply]');
  await skipSpeaking(trainee);
  await trainee.getByTestId('reply').first().waitFor();
  assert.deepEqual(trainee.problems, []);
  await trainee.context().close();

  // The same link made on the player's address goes to the studio with its parameters.
  const player = await newPage(site.browser, { locale: 'en' });
  await player.goto(link.replace('/studio/#', '/#').replace('lang=pl', 'lang=en'));
  await player.waitForURL(/\/studio\/#\/shared\?src=.*&lang=en$/);
  await player.getByTestId('start-call').waitFor();
  assert.deepEqual(player.problems, []);
  await player.context().close();
  await page.context().close();
});

test('a server without CORS, a missing file, a broken file and a bad address each say what and where', async () => {
  const page = await newPage(site.browser, { locale: 'en' });
  const open = async (src) => {
    await page.goto(`${site.server.url}studio/#/shared?src=${encodeURIComponent(src)}`);
    await page.reload();
    const failed = page.getByTestId('shared-failed');
    await failed.waitFor();
    return failed.innerText();
  };
  assert.match(await open(`${host.url}/closed/mine.toml`), /could not be fetched[\s\S]*Access-Control-Allow-Origin/);
  assert.equal(await page.getByTestId('shared-retry').count(), 1);
  assert.match(await open(`${host.url}/calls/gone.toml`), /answered with error 404/);
  const broken = await open(`${host.url}/calls/broken.toml`);
  assert.match(broken, /has problems and cannot be played/);
  assert.match(broken, /broken\.toml:\d+:\d+/, 'each problem says where');
  assert.match(await open('javascript:alert(1)'), /must start with https:\/\//);
  assert.deepEqual(await seriousA11yViolations(page), [], 'a failed shared call');
  // Failed fetches are logged by the browser; nothing else may be.
  assert.deepEqual(page.problems.filter((p) => !/Failed to load resource|CORS|Access-Control|net::ERR_FAILED/.test(p)), []);
  await page.context().close();
});

test('another shared link opened in the same tab loads its own call', async () => {
  const page = await newPage(site.browser, { locale: 'en' });
  await page.goto(`${site.server.url}studio/#/shared?src=${encodeURIComponent(`${host.url}/calls/gone.toml`)}`);
  await page.getByTestId('shared-failed').waitFor();
  await page.evaluate((src) => { location.hash = `#/shared?src=${encodeURIComponent(src)}`; }, `${host.url}/calls/mine.toml`);
  await page.getByTestId('start-call').waitFor();
  assert.equal(await page.getByTestId('shared-failed').count(), 0);
  await page.context().close();
});
