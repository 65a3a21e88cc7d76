// CalmLine's service worker: the player works with no network after one visit.
//
// `cargo xtask dist` writes the release's VERSION (a hash of the files below) and PRECACHE
// (every file the player needs: the page, its module and styles, the interface text of every
// language, the catalog and every compiled call; not the studio, the LMS runtime or the TOML
// sources). A new release installs beside the running one and waits: the page offers
// "new version, reload", and only the trainee's click swaps it (never in the middle of a call).
// The page registers it only for a release build outside an LMS (LMS packages do not ship it).
const VERSION = 'dev';
const PRECACHE = [];
const CACHE = `calmline-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('calmline-') && k !== CACHE).map((k) => caches.delete(k))))
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
          : await cache.match(request);
      return hit || fetch(request);
    })(),
  );
});
