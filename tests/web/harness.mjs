// The machinery of the page's end-to-end tests (e2e.mjs): command-line options, a fresh index
// of the sample corpus, arsip-server on 127.0.0.1 and a port the system picks (--port 0), page
// helpers, and the runner that gives each case its own browser context and prints
// "ok N - name" / "not ok N - name" and "N passed, N failed".

import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const REQUIRED = ['indexBin', 'serverBin', 'sourceDir', 'workDir'];

function parseArgs(argv) {
  const args = { chromium: '/usr/bin/chromium', only: '', serverThreads: '0' };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '').replace(/-(\w)/g, (m, c) => c.toUpperCase());
    if (!(key in args) && !REQUIRED.includes(key)) throw new Error(`unknown option ${argv[i]}`);
    if (argv[i + 1] === undefined) throw new Error(`${argv[i]} needs a value`);
    args[key] = argv[i + 1];
  }
  for (const required of REQUIRED) {
    if (!args[required]) throw new Error(`missing --${required.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
  }
  return args;
}

// What the cases share: the server's address and where screenshots go.
export const session = { base: '', shotsDir: '' };

// ---- the server -----------------------------------------------------------------------------

function buildIndex(args, indexDir) {
  rmSync(indexDir, { recursive: true, force: true });
  rmSync(session.shotsDir, { recursive: true, force: true });
  mkdirSync(session.shotsDir, { recursive: true });
  const run = spawnSync(args.indexBin, ['--db', indexDir, path.join(args.sourceDir, 'data/corpus')], {
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    throw new Error(`arsip-index failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
}

async function startServer(args, indexDir) {
  const child = spawn(args.serverBin, [
    '--db', indexDir, '--port', '0', '--host', '127.0.0.1', '--web', path.join(args.sourceDir, 'web'),
    ...(Number(args.serverThreads) > 0 ? ['--threads', String(args.serverThreads)] : []),
  ], { stdio: ['ignore', 'pipe', 'pipe'] });
  const log = [];
  const keep = (chunk) => {
    log.push(...chunk.toString().split('\n').filter(Boolean));
    if (log.length > 200) log.splice(0, log.length - 200);
  };
  // What the server printed so far, as printed: a line may come in several chunks.
  let printed = '';
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`arsip-server printed no address in 20 s:\n${printed}`)), 20000);
    const look = (chunk) => {
      keep(chunk);
      printed += chunk.toString();
      const m = /http:\/\/[^\s/]*:(\d+)/.exec(printed);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout.on('data', look);
    child.stderr.on('data', look);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`arsip-server exited (${code}):\n${log.join('\n')}`));
    });
  });
  child.stdout.removeAllListeners('data');
  child.stderr.removeAllListeners('data');
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20000;
  for (;;) {
    try {
      const health = await fetch(`${base}/health`);
      if (health.ok) {
        const body = await health.json();
        if (!(body.documents > 0)) throw new Error(`/health: no documents: ${JSON.stringify(body)}`);
        break;
      }
    } catch (e) {
      if (String(e.message).startsWith('/health')) throw e;
    }
    if (Date.now() > deadline) throw new Error(`/health did not answer 200 in 20 s:\n${log.join('\n')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, base, log };
}

async function stopServer(server) {
  if (!server || server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

// ---- helpers --------------------------------------------------------------------------------

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

export function equal(actual, expected, message) {
  if (actual !== expected) {
    throw new Error(`${message}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

export async function api(pathAndQuery) {
  const response = await fetch(`${session.base}${pathAndQuery}`);
  if (!response.ok) throw new Error(`${pathAndQuery}: HTTP ${response.status}`);
  return response.json();
}

// Waits until the page has drawn the view of its current URL.
export async function rendered(page) {
  await page.waitForFunction(() => document.body.dataset.rendered === location.search, null, { timeout: 15000 });
}

export async function open(page, query) {
  await page.goto(`${session.base}/${query}`);
  await rendered(page);
}

export async function total(page) {
  return Number(await page.getAttribute('#result-count', 'data-total'));
}

export async function shot(page, name, options = {}) {
  await page.screenshot({ path: path.join(session.shotsDir, name), ...options });
}

// Code-point slice, as the API's offsets count.
export function cpSlice(text, start, end) {
  return Array.from(text).slice(start, end).join('');
}

// RFC 4180: quoted fields, doubled quotes, line breaks inside quotes.
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 1; } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

export async function search(page, query) {
  await page.fill('#q', query);
  await page.press('#q', 'Enter');
  await page.waitForURL((url) => url.searchParams.get('q') === query);
  await rendered(page);
}

// ---- runner ---------------------------------------------------------------------------------

async function runCase(browser, c, number) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    locale: 'id-ID',
    ...(c.options.viewport ? { viewport: c.options.viewport } : {}),
    ...(c.options.isMobile ? { isMobile: true, hasTouch: true, deviceScaleFactor: c.options.deviceScaleFactor } : {}),
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !(c.options.allowHttpErrors && /status of 4\d\d/.test(m.text()))) {
      problems.push(`console error: ${m.text()}`);
    }
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !c.options.allowHttpErrors) problems.push(`HTTP ${r.status()} ${r.url()}`);
  });
  const started = Date.now();
  try {
    await c.fn({ page });
    if (problems.length) throw new Error(problems.join('\n'));
    console.log(`ok ${number} - ${c.name} (${Date.now() - started} ms)`);
    return true;
  } catch (e) {
    console.log(`not ok ${number} - ${c.name}\n  ${String(e.stack || e).split('\n').slice(0, 6).join('\n  ')}`);
    if (problems.length) console.log(`  also: ${problems.join('\n  ')}`);
    try {
      await shot(page, `failed-${number}.png`, { fullPage: true });
    } catch {
      // the page may be gone
    }
    return false;
  } finally {
    await context.close();
  }
}

// Runs `cases` ({name, fn({page}), options}) with the options in `argv`; resolves to the exit code.
export async function runAll(cases, argv) {
  const args = parseArgs(argv);
  const indexDir = path.join(args.workDir, 'index');
  session.shotsDir = path.join(args.workDir, 'screenshots');
  buildIndex(args, indexDir);
  let server = null;
  let browser = null;
  let passed = 0;
  let failed = 0;
  try {
    server = await startServer(args, indexDir);
    session.base = server.base;
    browser = await chromium.launch({ executablePath: args.chromium, headless: true });
    const selected = cases.filter((c) => !args.only || c.name.includes(args.only));
    console.log(`web e2e: ${selected.length} cases against ${session.base} in Chromium ${browser.version()}`);
    for (const [i, c] of selected.entries()) {
      if (await runCase(browser, c, i + 1)) passed += 1; else failed += 1;
    }
  } finally {
    await browser?.close();
    await stopServer(server);
  }
  if (failed && server) console.log(`server log (last lines):\n${server.log.slice(-30).join('\n')}`);
  console.log(`screenshots: ${session.shotsDir}`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}
