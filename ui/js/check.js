// Step 4: the requirements check. The interview comes from the core
// (questions, conditions, help texts, already in the UI language); one
// question group per screen; then one card per requirement.
import { call } from './ipc.js';
import { t, uiLang, amount, shortDate } from './i18n.js';
import { h, textInput, radioGroup, setError, setNote } from './dom.js';
import { state, changed } from './state.js';
import { rerender, btn, focusField } from './app.js';

/** Visible questions, grouped in screen order: [{group, title, questions}] */
async function groups() {
  const res = await call('interview', { facts: state.case.facts, lang: uiLang() });
  const out = [];
  for (const q of res.questions) {
    const g = q.screen || 'other';
    let last = out.at(-1);
    const existing = out.find((x) => x.group === g);
    if (existing) last = existing;
    else {
      last = { group: g, title: q.screen_title || t('group-other'), questions: [] };
      out.push(last);
    }
    last.questions.push(q);
  }
  return out;
}

let lastGroups = [];

/** Answers still being read by the core (a change event whose re-render has not finished). */
const inFlight = new Set();

function track(p) {
  inFlight.add(p);
  p.finally(() => inFlight.delete(p));
  return p;
}

/** Waits until every answer given so far is read and shown. */
async function settle() {
  // Enter in a text field may submit before its change event ran: read what is typed first.
  const a = document.activeElement;
  if (a && a.id && a.id.startsWith('q-') && a.tagName === 'INPUT' && a.type !== 'radio' && inFlight.size === 0
      && state.ui.drafts[`facts.${a.id.slice(2)}`] !== undefined) {
    a.dispatchEvent(new Event('change'));
  }
  while (inFlight.size) await Promise.allSettled([...inFlight]);
}

const factOf = (q) => q.fact || q.id;

/**
 * The questions the user has seen on the current screen (by fact): the ones
 * there when the screen was shown, and any shown by a Next that stopped.
 */
let seen = { key: null, facts: new Set() };
/** Whether the last Next stopped to show follow-up questions (says so on the screen). */
let stopped = false;

function answered(fact) {
  const v = state.case.facts[fact];
  const draft = state.ui.drafts[`facts.${fact}`];
  return (v !== undefined && v !== null) || (draft !== undefined && draft !== '');
}

export async function render() {
  // The applicant's birth date was asked with the decision: use it once.
  const bd = state.case.applicant.birth_date;
  if (!state.case.facts.applicant_birth_date && /^\d{4}-\d{2}-\d{2}$/.test(bd || '')) {
    state.case.facts.applicant_birth_date = bd;
    changed();
  }
  let gs;
  try {
    gs = await groups();
  } catch (e) {
    return [h('p', { class: 'error', role: 'alert', text: e.message })];
  }
  lastGroups = gs;
  const screen = Math.min(state.ui.check_screen || 0, gs.length);
  state.ui.check_screen = screen;
  const total = gs.length + 1;
  const out = [h('p', { class: 'lead', text: t('step-check-lead') })];
  out.push(h('p', { class: 'step-count', id: 'check-progress', text: t('check-screen-of', { n: screen + 1, total }) }));
  // A fresh visit to the step (not a re-render after an answer) starts over.
  if (!document.querySelector('section[data-step="check"]')) { seen.key = null; stopped = false; }
  if (screen < gs.length) {
    const g = gs[screen];
    const key = `${state.id}:${g.group}`;
    if (seen.key !== key) {
      seen = { key, facts: new Set(g.questions.map(factOf)) };
      stopped = false;
    }
    out.push(h('h2', { id: 'check-screen-title', tabindex: '-1', text: g.title }));
    if (stopped) out.push(h('p', { class: 'callout info', id: 'check-new-questions', role: 'status', text: t('check-new-questions') }));
    for (const q of g.questions) out.push(question(q));
  } else {
    out.push(h('h2', { id: 'check-screen-title', tabindex: '-1', text: t('check-results-title') }));
    out.push(...(await results()));
  }
  return out;
}

export async function next() {
  await settle();
  const screen = state.ui.check_screen || 0;
  if (screen < lastGroups.length) {
    // An answer may have made follow-up questions appear on this screen: never
    // skip one the user has not seen answered. Stop once, say so, and move focus
    // to the first of them; Next again leaves them unanswered on purpose.
    let fresh = [];
    try {
      const gs = await groups();
      const here = gs[screen] ? gs[screen].questions : [];
      fresh = here.filter((q) => !q.optional && !seen.facts.has(factOf(q)) && !answered(factOf(q))).map(factOf);
      for (const q of here) seen.facts.add(factOf(q));
    } catch { /* the core's error is shown by the re-render */ }
    if (fresh.length) {
      stopped = true;
      await rerender();
      focusField(`q-${fresh[0]}`);
      return true;
    }
    state.ui.check_screen = screen + 1;
    changed();
    await rerender();
    focusScreenTitle();
    return true;
  }
  return false;
}

export async function back() {
  const screen = state.ui.check_screen || 0;
  if (screen > 0) {
    state.ui.check_screen = Math.min(screen, lastGroups.length) - 1;
    changed();
    await rerender();
    focusScreenTitle();
    return true;
  }
  return false;
}

function focusScreenTitle() {
  const el = document.getElementById('check-screen-title');
  if (el) { window.scrollTo(0, 0); el.focus(); }
}

function setFact(fact, value) {
  if (value === null || value === undefined) delete state.case.facts[fact];
  else state.case.facts[fact] = value;
  delete state.ui.drafts[`facts.${fact}`];
  state.cache.check = null;
  changed();
}

function kindOf(q) {
  const k = String(q.kind || q.answer || '').toLowerCase();
  if (['yes_no', 'bool', 'boolean', 'yesno'].includes(k)) return 'bool';
  if (['date'].includes(k)) return 'date';
  if (['amount', 'money', 'nok', 'integer', 'int', 'year', 'whole'].includes(k)) return 'int';
  if (['number', 'decimal', 'years', 'float'].includes(k)) return 'decimal';
  if (q.options && q.options.length) return 'choice';
  return 'text';
}

function question(q) {
  const fact = q.fact || q.id;
  const id = `q-${fact}`;
  const value = state.case.facts[fact];
  const help = q.help || null;
  const kind = kindOf(q);
  if (kind === 'bool' || kind === 'choice') {
    const options = kind === 'bool'
      ? (q.options && q.options.length ? q.options : [{ value: true, label: t('yes') }, { value: false, label: t('no') }])
      : q.options;
    return radioGroup({
      id, legend: q.text, hint: help, value,
      inline: kind === 'bool',
      options: options.map((o) => ({ value: o.value, label: o.label || o.text, hint: o.help })),
      onChange: (v) => {
        const real = kind === 'bool' ? (v === true || v === 'true') : v;
        setFact(fact, real);
        track(rerender());
      },
    });
  }
  const draftKey = `facts.${fact}`;
  const shown = state.ui.drafts[draftKey] ?? (value === undefined || value === null ? '' : kind === 'date' ? shortDate(value) : kind === 'int' && q.kind !== 'year' && Math.abs(value) >= 10000 ? amount(value) : String(kind === 'decimal' && uiLang() !== 'en' ? String(value).replace('.', ',') : value));
  const f = textInput({
    id, label: q.text, hint: kind === 'date' ? [help, t('date-hint')].filter(Boolean).join(' ') : help, value: shown,
    cls: kind === 'date' ? 'short' : 'medium',
    onInput: (v) => { state.ui.drafts[draftKey] = v; changed(); },
    onChange: (v) => track((async () => {
      try {
        // The core reads what was typed ("416 512", "2,5", a date) and checks it.
        const facts = await call('answer', { facts: state.case.facts, fact, value: v, lang: uiLang() });
        state.case.facts = facts;
        delete state.ui.drafts[draftKey];
        state.cache.check = null;
        changed();
        setError(id, '');
        await rerender();
      } catch (e) {
        setError(id, e.message);
      }
    })()),
  });
  const input = f.querySelector('input');
  if (input && kind !== 'date') input.setAttribute('inputmode', kind === 'int' ? 'numeric' : 'decimal');
  if (state.ui.drafts[draftKey] !== undefined && state.ui.drafts[draftKey] !== '') {
    // Typed earlier but not valid: show why again.
    const typed = state.ui.drafts[draftKey];
    setTimeout(() => call('answer', { facts: state.case.facts, fact, value: typed, lang: uiLang() })
      .then(() => setError(id, ''))
      .catch((e) => setError(id, e.message)), 0);
  }
  return f;
}

async function results() {
  let r;
  try {
    r = await call('check', { facts: state.case.facts, lang: uiLang() });
    state.cache.check = r;
  } catch (e) {
    return [h('p', { class: 'error', role: 'alert', text: e.message })];
  }
  const out = [h('p', { class: 'hint', id: 'rules-as-of', text: r.rules_note })];
  for (const res of r.results) {
    out.push(h('article', { class: `card req-card ${res.status}`, id: `req-${res.id}`, 'aria-labelledby': `req-${res.id}-title` },
      h('div', { class: 'req-head' },
        h('h3', { id: `req-${res.id}-title`, text: res.title }),
        h('span', { class: `badge ${res.status}`, id: `req-${res.id}-status`, text: t(`status-${res.status.replace('_', '-')}`) })),
      res.reason ? h('p', { text: res.reason }) : null,
      res.exceptions && res.exceptions.length
        ? [h('h4', { class: 'label', text: t('exceptions') }), h('ul', {}, res.exceptions.map((x) => h('li', { text: x })))]
        : null,
      res.documents && res.documents.length
        ? [h('h4', { class: 'label', text: t('documents') }), h('ul', {}, res.documents.map((x) => h('li', { text: x })))]
        : null,
      res.document_notes && res.document_notes.length
        ? h('ul', { class: 'doc-notes' }, res.document_notes.map((x) => h('li', { text: x })))
        : null,
      h('p', { class: 'source', text: t('legal-source', { source: res.source }) })));
  }
  return out;
}

