// CalmLine's service worker: the player works with no network after one visit.
//
// `cargo xtask dist` writes the release's VERSION (a hash of the files below) and PRECACHE
// (every file the player needs: the page, its module and styles, the interface text of every
// language, the catalog and every compiled call; not the studio, the LMS runtime or the TOML
// sources). A new release installs beside the running one and waits: the page offers
// "new version, reload", and only the trainee's click swaps it (never in the middle of a call).
// The page registers it only for a release build outside an LMS (LMS packages do not ship it).
//
// An unfinished call outlives a release: when a new release takes over, the compiled calls of
// the old one (`scenarios/<id>.clc?v=<old version>`) move to KEPT, where the app finds the
// version its call was started on (src/pages/play/load.rs), for the last KEEP_RELEASES releases.
const VERSION = 'dev';
const PRECACHE = [];
const CACHE = `calmline-${VERSION}`;
const KEPT = 'calmline-kept-calls';
const KEEP_RELEASES = 3;

const isCall = (url) => /\/scenarios\/[^/]+\.clc\?v=/.test(url);
const releaseOf = (url) => new URL(url).searchParams.get('v');

/** Moves the compiled calls of the caches of older releases into KEPT, then drops those caches
 * and all but the newest KEEP_RELEASES releases in KEPT. */
async function keepOldCalls(oldNames) {
  const kept = await caches.open(KEPT);
  for (const name of oldNames) {
    const old = await caches.open(name);
    for (const request of await old.keys()) {
      if (!isCall(request.url)) continue;
      const response = await old.match(request);
      if (response) {
        await kept.delete(request);
        await kept.put(request, response);
      }
    }
    await caches.delete(name);
  }
  // Oldest first, as they were put: keep the newest releases.
  const releases = [];
  for (const request of await kept.keys()) {
    const release = releaseOf(request.url);
    const at = releases.indexOf(release);
    if (at >= 0) releases.splice(at, 1);
    releases.push(release);
  }
  const dropped = releases.slice(0, Math.max(0, releases.length - KEEP_RELEASES));
  for (const request of await kept.keys()) {
    if (dropped.includes(releaseOf(request.url))) await kept.delete(request);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => keepOldCalls(keys.filter((k) => k.startsWith('calmline-') && k !== CACHE && k !== KEPT)))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // The page itself, whatever link opened it (a trainer's link differs only after `#`).
      const hit =
        request.mode === 'navigate'
          ? (await cache.match(request, { ignoreSearch: true })) || (await cache.match('./'))
          : (await cache.match(request)) || (isCall(request.url) && (await (await caches.open(KEPT)).match(request)));
      return hit || fetch(request);
    })(),
  );
});
