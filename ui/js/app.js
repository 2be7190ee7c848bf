// Klagehjelp UI: boot, navigation between the steps, progress indicator.
import { call, working, startView } from './ipc.js';
import { loadStrings, useStrings, t, uiLang, languageView } from './i18n.js';
import { h } from './dom.js';
import { state, saveNow, emptyUi, changed, refreshStatus } from './state.js';
import * as start from './start.js';

export const STEPS = ['language', 'decision', 'deadline', 'check', 'grounds', 'attachments', 'representative', 'review'];

// The steps' modules are loaded once the start screen is drawn, not before
// it (the start screen needs none of them; issue 11 § 5). Each is asked for
// once; a step waits for its module only if it is opened before that.
const first = () => working(import('./steps-first.js'));
const check = () => working(import('./check.js'));
const later = () => working(import('./steps-later.js'));
const review = () => working(import('./review.js'));
const STEP_MODULES = [first, check, later, review];

const RENDERERS = {
  start: start.render,
  language: async () => (await first()).renderLanguage(),
  decision: async () => (await first()).renderDecision(),
  deadline: async () => (await first()).renderDeadline(),
  check: async () => (await check()).render(),
  grounds: async () => (await later()).renderGrounds(),
  attachments: async () => (await later()).renderAttachments(),
  representative: async () => (await later()).renderRepresentative(),
  review: async () => (await review()).render(),
};

/** Steps with screens inside them handle Next/Back themselves first. */
const INNER = {
  check: { next: async () => (await check()).next(), back: async () => (await check()).back() },
};

let current = 'start';

/** A button that never submits the step form. */
export function btn(label, attrs = {}) {
  return h('button', { type: 'button', ...attrs }, label);
}

/** Goes to a step and moves focus to its heading. */
export async function go(step, opts = {}) {
  if (current !== 'start' && step !== current) await saveNow();
  current = step;
  if (state.ui && step !== 'start') {
    state.ui.step = step;
    if (!state.ui.visited.includes(step)) state.ui.visited.push(step);
    changed();
  }
  await render({ focusHeading: !opts.focus });
  if (opts.focus) focusField(opts.focus);
}

/** Re-renders the current step, keeping focus where it was. */
export async function rerender() {
  const active = document.activeElement;
  const id = active && active.id;
  const sel = active && 'selectionStart' in active ? [active.selectionStart, active.selectionEnd] : null;
  await render({ focusHeading: false });
  if (id) {
    const el = document.getElementById(id);
    if (el) {
      el.focus({ preventScroll: true });
      if (sel && 'setSelectionRange' in el) {
        try { el.setSelectionRange(sel[0], sel[1]); } catch { /* not a text control */ }
      }
    }
  }
}

export function focusField(id) {
  const el = document.getElementById(id);
  if (!el) return;
  const target = el.tagName === 'FIELDSET' ? el.querySelector('input') || el : el;
  target.focus();
  target.scrollIntoView({ block: 'center' });
}

let renderSeq = 0;

async function render({ focusHeading }) {
  const seq = ++renderSeq;
  const main = document.getElementById('main');
  const section = h('section', { 'data-step': current, 'aria-labelledby': 'step-title' });
  let body;
  try {
    body = await RENDERERS[current]();
  } catch (e) {
    body = [h('p', { class: 'error', role: 'alert', text: e.message || String(e) })];
  }
  if (seq !== renderSeq) return; // a newer render won
  const title = current === 'start' ? t('start-title') : t(`step-${current}-title`);
  section.append(h('h1', { id: 'step-title', tabindex: '-1', text: title }));
  if (current === 'start') {
    section.append(...body);
    main.replaceChildren(section);
  } else {
    const form = h('form', { novalidate: true, onsubmit: (e) => { e.preventDefault(); next(); } });
    form.append(...body, stepNav());
    section.append(form);
    main.replaceChildren(section);
  }
  renderProgress();
  // The start screen's title is the app's name; never "Klagehjelp – Klagehjelp".
  document.title = current === 'start' || title === 'Klagehjelp' ? 'Klagehjelp' : `${title} – Klagehjelp`;
  if (focusHeading) {
    window.scrollTo(0, 0);
    document.getElementById('step-title').focus();
  }
}

function stepNav() {
  const i = STEPS.indexOf(current);
  const isLast = i === STEPS.length - 1;
  return h('div', { class: 'step-nav' },
    btn(t('back'), { id: 'back', class: 'secondary', onclick: back }),
    h('span', { class: 'step-count', text: t('step-of', { n: i + 1, total: STEPS.length }) }),
    isLast
      ? btn(t('finish'), { id: 'next', class: 'primary', onclick: () => go('start') })
      : h('button', { type: 'submit', id: 'next', class: 'primary' }, t('next')));
}

export async function next() {
  const inner = INNER[current];
  if (inner && (await inner.next())) return;
  const i = STEPS.indexOf(current);
  if (i < STEPS.length - 1) await go(STEPS[i + 1]);
}

export async function back() {
  const inner = INNER[current];
  if (inner && (await inner.back())) return;
  const i = STEPS.indexOf(current);
  if (i > 0) await go(STEPS[i - 1]);
  else await go('start');
}

function renderProgress() {
  const nav = document.getElementById('progress-nav');
  const home = document.getElementById('home');
  const ol = document.getElementById('progress');
  nav.setAttribute('aria-label', t('progress-label'));
  home.textContent = t('all-cases');
  if (current === 'start') {
    nav.hidden = true;
    home.hidden = true;
    return;
  }
  nav.hidden = false;
  home.hidden = false;
  const i = STEPS.indexOf(current);
  ol.replaceChildren(...STEPS.map((s, k) => {
    // The accessible name starts with the visible name (WCAG 2.5.3 Label in Name);
    // the status follows as visually hidden text, never as an aria-label.
    const status = k < i ? t('progress-done') : k === i ? t('progress-current') : '';
    const parts = [h('span', { class: 'num', 'aria-hidden': 'true', text: String(k + 1) }), h('span', { text: t(`step-${s}-short`) })];
    if (status) parts.push(h('span', { class: 'visually-hidden', text: ` (${status})` }));
    const b = btn(parts, { onclick: () => go(s) });
    if (k === i) b.setAttribute('aria-current', 'step');
    return h('li', { class: k < i ? 'done' : '' }, b);
  }));
}

/** Opens a case (from the start screen) at its saved step. */
export async function openCase(opened) {
  state.id = opened.id;
  state.case = opened.case;
  state.ui = Object.assign(emptyUi(), opened.ui || {});
  state.cache = {};
  const step = STEPS.includes(state.ui.step) ? state.ui.step : 'language';
  await go(step);
}

export async function closeCase() {
  await saveNow();
  state.id = null;
  state.case = null;
  state.ui = null;
  state.cache = {};
  await go('start');
}

function applyStaticStrings() {
  const view = languageView();
  document.getElementById('skip-link').textContent = t('skip-to-content');
  document.getElementById('ui-lang-label').textContent = t('ui-language');
  document.getElementById('privacy-note').textContent = t('privacy-footer');
  // Each language in its own name and script, so a person who reads no
  // Norwegian finds theirs (WCAG 3.1.2: each option carries its language).
  const sel = document.getElementById('ui-lang');
  sel.replaceChildren(...view.languages.map((l) => h('option', { value: l.code, lang: l.bcp47, dir: l.dir, text: l.name })));
  sel.value = uiLang();
  renderLangNotes(view);
  refreshStatus();
}

/** Under the header, when the UI is not in Norwegian: "not checked by a
 * translator" (in the language and in English) and the legal terms with
 * the Norwegian word the applicant meets on paper, one click away. */
function renderLangNotes(view) {
  const box = document.getElementById('lang-notes');
  const parts = [];
  const note = view.unreviewed_note;
  if (note) {
    parts.push(h('p', { id: 'translation-note' }, note.text, ' ',
      h('span', { lang: 'en', dir: 'ltr', text: `(${note.english})` })));
  }
  if (view.terms.length) {
    parts.push(h('details', { id: 'legal-terms' },
      h('summary', { text: view.terms_title }),
      h('p', { class: 'hint', text: view.terms_hint }),
      h('dl', { class: 'terms-list' }, view.terms.map((x) => [
        h('dt', { id: `term-${x.id}`, text: x.term }),
        h('dd', { class: 'no', lang: 'nb', dir: 'ltr', text: x.norwegian }),
        h('dd', { text: x.explanation }),
      ]))));
  }
  box.replaceChildren(...parts);
  box.hidden = parts.length === 0;
}

async function setUiLang(lang) {
  await loadStrings(lang);
  applyStaticStrings();
  state.settings.ui_lang = lang;
  call('save_settings', { settings: state.settings, lang }).catch(() => {});
  state.cache = {};
  await rerender();
}

export async function saveSettings() {
  await call('save_settings', { settings: state.settings, lang: uiLang() }).catch(() => {});
}

/** A named moment of the start, for scripts/start_timeline.py (issue 11 § 5). */
function mark(name) {
  if (performance.mark) performance.mark(name);
}

async function boot() {
  mark('boot');
  // Strings, language and saved cases in one answer, asked for by boot.js.
  const view = await startView();
  mark('start-view');
  state.info = view.info;
  if (view.info.settings) Object.assign(state.settings, view.info.settings);
  useStrings(view.strings, view.language);
  start.useCases(uiLang(), view.cases);
  applyStaticStrings();
  document.getElementById('ui-lang').addEventListener('change', (e) => setUiLang(e.target.value));
  document.getElementById('home').addEventListener('click', closeCase);
  window.addEventListener('beforeunload', () => { saveNow(); });
  // Closing the window: the app waits until the last edit is saved (the
  // field being typed in is left first, so its change counts too).
  const events = window.__TAURI__ && window.__TAURI__.event;
  // Asked for now, awaited after the start screen is drawn: the listener is
  // registered in the same round as the saved cases are read.
  const listening = events
    ? events.listen('klagehjelp://flush', async () => {
      if (document.activeElement && document.activeElement.blur) document.activeElement.blur();
      try { await saveNow(); } finally { await call('close_window').catch(() => {}); }
    })
    : null;
  await go('start');
  mark('start-screen');
  await listening;
  // The steps, ready before anyone can click (a failure shows when the step opens).
  for (const load of STEP_MODULES) load().catch(() => {});
}

/** Anything that goes wrong unexpectedly is shown, never swallowed. */
function showUnexpected(e) {
  const msg = (e && (e.message || e.reason && e.reason.message)) || String(e && e.reason || e);
  let box = document.getElementById('unexpected-error');
  if (!box) {
    box = h('p', { id: 'unexpected-error', class: 'error', role: 'alert' });
    document.getElementById('main').prepend(box);
  }
  box.textContent = msg;
}
window.addEventListener('error', showUnexpected);
window.addEventListener('unhandledrejection', (e) => showUnexpected(e.reason || e));

boot().catch((e) => {
  document.getElementById('main').replaceChildren(h('p', { class: 'error', role: 'alert', text: e.message || String(e) }));
});
