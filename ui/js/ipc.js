// The only way the UI talks to the Rust side: the app's own commands.
// Errors arrive as {code, message[, field]} in the UI language.

const core = window.__TAURI__ && window.__TAURI__.core;

// How many calls are under way, on <html data-ipc-pending>: the end-to-end
// tests wait for 0 instead of sleeping.
let pending = 0;
function track(d) {
  pending += d;
  document.documentElement.dataset.ipcPending = String(pending);
}

/** Calls a command; rejects with {code, message, field?}. */
export async function call(cmd, args = {}) {
  if (!core) {
    throw { code: 'no_ipc', message: 'IPC unavailable' };
  }
  return answer(core.invoke(cmd, args));
}

/** The answer of a call under way, counted as work until it arrives. */
async function answer(invoked) {
  track(1);
  try {
    return await invoked;
  } catch (e) {
    if (e && typeof e === 'object' && 'code' in e) throw e;
    throw { code: 'internal', message: String(e) };
  } finally {
    track(-1);
  }
}

/** The start screen's data (`start_view`): the answer boot.js asked for as
 *  the page loaded, the first time; asked afresh after that. */
export function startView() {
  const early = window.klagehjelpStart;
  window.klagehjelpStart = null;
  return early ? answer(early) : call('start_view');
}

/** `promise` (e.g. a module being loaded) counts as work under way until it
 *  settles, like a call; returns it. */
export function working(promise) {
  track(1);
  return promise.finally(() => track(-1));
}

/** Runs `fn` after `ms` like setTimeout, but the wait counts as work under
 *  way (so the end-to-end tests wait for it too). Returns {cancel()}. */
export function later(fn, ms) {
  track(1);
  let done = false;
  const finish = () => { if (!done) { done = true; track(-1); } };
  const id = setTimeout(async () => {
    try { await fn(); } finally { finish(); }
  }, ms);
  return { cancel() { if (!done) { clearTimeout(id); finish(); } } };
}
