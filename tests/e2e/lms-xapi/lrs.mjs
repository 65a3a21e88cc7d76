// A real Learning Record Store for the xAPI tests: Learning Locker's statement service
// (`xapi-statements`, npm) in memory mode, started on a free port and stopped at the end.
// Statements live at `<url>statements`; in test mode any Basic authorization is accepted.
import { spawn } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { resolve } from 'node:path';

/** A free TCP port on 127.0.0.1. */
export async function freePort() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

async function waitForPort(port, child, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the LRS exited with ${child.exitCode}`);
    const open = await new Promise((ok) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        ok(true);
      });
      socket.once('error', () => ok(false));
    });
    if (open) return;
    await new Promise((ok) => setTimeout(ok, 200));
  }
  throw new Error(`the LRS did not listen on ${port}`);
}

export const LRS_AUTH = `Basic ${Buffer.from('test:test').toString('base64')}`;

/** Starts the LRS; `{ url, statements(query), stop() }`. */
export async function startLrs() {
  const port = await freePort();
  const child = spawn(process.execPath, [resolve('node_modules/xapi-statements/dist/server.js')], {
    env: {
      ...process.env,
      AUTH_REPO: 'test',
      EVENTS_REPO: 'test',
      MODELS_REPO: 'memory',
      STORAGE_REPO: 'memory',
      EXPRESS_PORT: String(port),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  try {
    await waitForPort(port, child);
  } catch (err) {
    child.kill();
    throw new Error(`${err.message}\n${log}`);
  }
  const url = `http://127.0.0.1:${port}/xAPI/`;
  return {
    url,
    log: () => log,
    /** Every statement stored with this registration, oldest first. */
    async statements(registration) {
      const res = await fetch(`${url}statements?registration=${registration}&limit=1000&ascending=true`, {
        headers: { 'X-Experience-API-Version': '1.0.3', Authorization: LRS_AUTH },
      });
      if (!res.ok) throw new Error(`LRS read: ${res.status} ${await res.text()}`);
      const body = await res.json();
      if (body.more) throw new Error('more statements than one page');
      return body.statements;
    },
    stop: () =>
      new Promise((ok) => {
        if (child.exitCode !== null) return ok();
        child.once('exit', ok);
        child.kill();
      }),
  };
}
