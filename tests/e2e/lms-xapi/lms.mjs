// A small cmi5 LMS for the tests, on its own origin (the game runs on another): it hands out
// launches (the URL parameters, the one-time `fetch` URL, `LMS.LaunchData`), answers the State
// and Agent Profile APIs, and passes `/statements` on to the real LRS, adding CORS headers. It
// can be told to fail (`fault`): answer 500 or 401, drop the connection, or be slow.
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { LRS_AUTH } from './lrs.mjs';

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version',
  'Access-Control-Expose-Headers': 'X-Experience-API-Version',
  'Access-Control-Max-Age': '600',
};

export const SESSION_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

async function body(req) {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Starts the LMS in front of `lrsUrl`. Returns `{ url, launch(opts), fault, fetches, posts, stop }`:
 * - `launch({ activityId, actor, launchMode, masteryScore, registration })` makes a launch and
 *   returns `{ params, registration, sessionId, token, returnURL, id }`;
 * - `fault` (settable): `null`, `{ status: 500 }`, `{ status: 401 }` (`once: true`: for the next request only), `{ drop: true }` or
 *   `{ delayMs }`, applied to statement requests;
 * - `fetches(id)`: how many times a launch's fetch URL was called; `posts`: every statement
 *   request that reached the LMS, with the ids it carried and the answer given.
 */
export async function startLms(lrsUrl, { preferences = {} } = {}) {
  const launches = new Map();
  const tokens = new Map();
  const state = new Map();
  const lms = { fault: null, posts: [] };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://lms');
    const send = (status, data, type = 'application/json') => {
      res.writeHead(status, { ...CORS, 'Content-Type': type, 'X-Experience-API-Version': '1.0.3' });
      res.end(typeof data === 'string' ? data : JSON.stringify(data));
    };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS).end();
      return;
    }
    const text = await body(req);
    // The one-time fetch URL of a launch.
    if (url.pathname.startsWith('/fetch/') && req.method === 'POST') {
      const launch = launches.get(url.pathname.slice('/fetch/'.length));
      if (!launch) return send(404, { 'error-code': '3', 'error-text': 'no such launch' });
      launch.fetches += 1;
      if (launch.fetches > 1) return send(200, { 'error-code': '1', 'error-text': 'Already in use' });
      return send(200, { 'auth-token': launch.token });
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (url.pathname.startsWith('/return/')) {
      return send(200, '<!doctype html><title>LMS</title><h1 id="lms-course">Back in the course</h1>', 'text/html');
    }
    if (!url.pathname.startsWith('/xapi/')) return send(404, {});
    const auth = req.headers.authorization ?? '';
    const launch = tokens.get(auth.replace(/^Basic /, ''));
    const path = url.pathname.slice('/xapi/'.length);
    if (path === 'statements') {
      const ids = req.method === 'POST' ? [].concat(JSON.parse(text || '[]')).map((s) => s.id) : [];
      const fault = lms.fault;
      const record = { method: req.method, ids, auth, status: 0, at: Date.now() };
      lms.posts.push(record);
      if (!launch) {
        record.status = 401;
        return send(401, { message: 'unknown token' });
      }
      if (fault?.drop) {
        req.socket.destroy();
        return;
      }
      if (fault?.status) {
        record.status = fault.status;
        if (fault.once) lms.fault = null;
        return send(fault.status, { message: 'fault' });
      }
      if (fault?.delayMs) await new Promise((ok) => setTimeout(ok, fault.delayMs));
      const upstream = await fetch(`${lrsUrl}statements${url.search}`, {
        method: req.method,
        headers: { 'X-Experience-API-Version': '1.0.3', Authorization: LRS_AUTH, 'Content-Type': 'application/json' },
        body: req.method === 'GET' ? undefined : text,
      });
      record.status = upstream.status;
      return send(upstream.status, await upstream.text());
    }
    if (!launch) return send(401, { message: 'unknown token' });
    if (path === 'activities/state') {
      const key = [url.searchParams.get('stateId'), url.searchParams.get('activityId'), url.searchParams.get('registration')].join('|');
      if (req.method === 'GET') {
        if (url.searchParams.get('stateId') === 'LMS.LaunchData') {
          const agent = JSON.parse(url.searchParams.get('agent') ?? 'null');
          const ok =
            url.searchParams.get('registration') === launch.registration &&
            url.searchParams.get('activityId') === launch.activityId &&
            JSON.stringify(agent?.account ?? agent?.mbox) === JSON.stringify(launch.actor.account ?? launch.actor.mbox);
          return ok && !launch.noLaunchData ? send(200, launch.launchData) : send(404, {});
        }
        return state.has(key) ? send(200, state.get(key)) : send(404, {});
      }
      state.set(key, text);
      return send(204, '');
    }
    if (path === 'agents/profile' && req.method === 'GET') {
      const prefs = preferences[launch.actor.account?.name];
      return prefs ? send(200, prefs) : send(404, {});
    }
    return send(404, {});
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  const base = `http://127.0.0.1:${port}/`;

  lms.url = base;
  lms.launch = ({
    activityId,
    actor,
    launchMode = 'Normal',
    masteryScore = 0.7,
    registration = randomUUID(),
    noLaunchData = false,
  }) => {
    const id = randomUUID();
    const sessionId = randomUUID();
    const token = Buffer.from(`lms:${id}`).toString('base64');
    const returnURL = `${base}return/${id}`;
    const launch = {
      id,
      token,
      registration,
      activityId,
      actor,
      fetches: 0,
      noLaunchData,
      launchData: {
        contextTemplate: {
          contextActivities: { grouping: [{ id: `${activityId}/publisher`, objectType: 'Activity' }] },
          extensions: { [SESSION_EXTENSION]: sessionId },
        },
        launchMode,
        launchMethod: 'AnyWindow',
        moveOn: 'CompletedAndPassed',
        masteryScore,
        returnURL,
      },
    };
    launches.set(id, launch);
    tokens.set(token, launch);
    const params = new URLSearchParams({
      endpoint: `${base}xapi/`,
      fetch: `${base}fetch/${id}`,
      actor: JSON.stringify(actor),
      registration,
      activityId,
    });
    return { id, params: params.toString(), registration, sessionId, token, returnURL };
  };
  lms.fetches = (id) => launches.get(id)?.fetches ?? 0;
  lms.stop = () => new Promise((ok) => server.close(ok));
  return lms;
}
