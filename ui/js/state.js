// The one case object (case-file format) and what only the screen needs.
// Every change is autosaved (debounced) through the `save_case` command,
// which writes atomically in the user's data folder.
import { call } from './ipc.js';
import { t, uiLang } from './i18n.js';

export const state = {
  id: null,
  /** The case, in the case-file format (klagehjelp-case/1). */
  case: null,
  /** Screen state: step, role, drafts of invalid typed values, representative draft. */
  ui: null,
  info: null,
  settings: { role: null, ui_lang: null },
  /** Results fetched from the core, cached per step. */
  cache: {},
};

export function emptyUi() {
  return {
    step: 'language',
    visited: ['language'],
    check_screen: 0,
    drafts: {},
    has_representative: null,
    representative_draft: null,
    grounds_touched: {},
  };
}

let timer = null;
let pending = false;

/** Marks the case as changed and saves it after a short pause. */
export function changed() {
  pending = true;
  statusKey('saving');
  clearTimeout(timer);
  timer = setTimeout(saveNow, 400);
}

let inflight = Promise.resolve();

/** Saves at once (before leaving the case, on export, when the window
 *  closes). A save already under way finishes first, so when this returns
 *  every change made before the call is on disk (or its error is shown). */
export async function saveNow() {
  clearTimeout(timer);
  await inflight;
  if (!state.id || !state.case) return;
  if (!pending) return;
  pending = false;
  const saving = call('save_case', { id: state.id, case: state.case, ui: state.ui, lang: uiLang() });
  inflight = saving.catch(() => {});
  try {
    await saving;
    statusKey('saved');
  } catch (e) {
    pending = true;
    lastStatus = null;
    status(e.message || String(e), true);
  }
}

let lastStatus = null; // {key} for a UI string, or {text} for an error message

function status(text, bad = false) {
  const el = document.getElementById('save-status');
  if (el) {
    el.textContent = text;
    el.style.color = bad ? 'var(--bad)' : '';
  }
}

function statusKey(key) {
  lastStatus = { key };
  status(t(key));
}

/** Shows the save status again in the current UI language (after a switch). */
export function refreshStatus() {
  if (lastStatus && lastStatus.key) status(t(lastStatus.key));
}

/** Sets a value at a dotted path of the case (creating objects on the way). */
export function setPath(path, value) {
  const parts = path.split('.');
  let o = state.case;
  for (const p of parts.slice(0, -1)) {
    if (o[p] === null || typeof o[p] !== 'object') o[p] = {};
    o = o[p];
  }
  o[parts.at(-1)] = value;
  changed();
}

export function getPath(path) {
  let o = state.case;
  for (const p of path.split('.')) {
    if (o === null || o === undefined) return undefined;
    o = o[p];
  }
  return o;
}
