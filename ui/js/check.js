// Step 4: the requirements check. The interview comes from the core: it
// asks what the rules report missing (questions, help texts, already in the
// UI language), one group per screen; then one card per requirement and per
// refusal ground, as the core describes it (status, the sub-rule that decided
// and why, the figure, what may help, documents, sources).
import { call } from './ipc.js';
import { t, uiLang, amount, decimal, shortDate } from './i18n.js';
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

/** A fact's value; `sponsor_past_income_by_year.2026` reads the year of a by-year map. */
export function factValue(facts, fact) {
  const dot = fact.indexOf('.');
  if (dot < 0) return facts[fact];
  const map = facts[fact.slice(0, dot)];
  return map ? map[fact.slice(dot + 1)] : undefined;
}

function answered(fact) {
  const v = factValue(state.case.facts, fact);
  const draft = state.ui.drafts[`facts.${fact}`];
  return (v !== undefined && v !== null) || (draft !== undefined && draft !== '');
}

/**
 * The screen shown: its code (`state.ui.check_code`, or 'results'), so that a
 * screen the rules add before it (new questions after an answer) never moves
 * the user; `check_screen` keeps the position for an older saved state.
 */
function currentIndex(gs) {
  const code = state.ui.check_code;
  if (code === 'results') return gs.length;
  const i = gs.findIndex((g) => g.group === code);
  if (i >= 0) return i;
  return Math.min(state.ui.check_screen || 0, gs.length);
}

function setCurrent(gs, i) {
  state.ui.check_code = i >= gs.length ? 'results' : gs[i].group;
  state.ui.check_screen = i;
  changed();
}

/** Facts on screens the user has left with Next during this visit of the step. */
let shownFacts = new Set();

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
  const screen = currentIndex(gs);
  const total = gs.length + 1;
  const out = [h('p', { class: 'lead', text: t('step-check-lead') })];
  out.push(h('p', { class: 'step-count', id: 'check-progress', text: t('check-screen-of', { n: screen + 1, total }) }));
  // A fresh visit to the step (not a re-render after an answer) starts over.
  if (!document.querySelector('section[data-step="check"]')) { seen.key = null; stopped = false; shownFacts = new Set(); }
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

/** A question the rules now ask that the user has not been shown and not answered. */
const isFresh = (q, seenHere) => q.missing && !seenHere.has(factOf(q)) && !shownFacts.has(factOf(q)) && !answered(factOf(q));

export async function next() {
  await settle();
  let gs;
  try { gs = await groups(); } catch { gs = lastGroups; }
  const screen = currentIndex(gs);
  if (screen >= gs.length) return false;
  // An answer may have made follow-up questions appear on this screen: never
  // skip one the user has not seen answered. Stop once, say so, and move focus
  // to the first of them; Next again leaves them unanswered on purpose.
  const here = gs[screen].questions;
  const fresh = here.filter((q) => isFresh(q, seen.facts)).map(factOf);
  for (const q of here) { seen.facts.add(factOf(q)); shownFacts.add(factOf(q)); }
  if (fresh.length) {
    stopped = true;
    await rerender();
    focusField(`q-${fresh[0].replace('.', '-')}`);
    return true;
  }
  // Then any screen, earlier ones first, with a question the rules added
  // since; else the next screen (or the results).
  const earlier = gs.findIndex((g, i) => i !== screen && g.questions.some((q) => isFresh(q, new Set())));
  setCurrent(gs, earlier >= 0 && earlier < screen ? earlier : screen + 1);
  await rerender();
  focusScreenTitle();
  return true;
}

export async function back() {
  const screen = currentIndex(lastGroups);
  if (screen > 0) {
    setCurrent(lastGroups, Math.min(screen, lastGroups.length) - 1);
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

/** How to show a question, from the kind the core gives it. */
function kindOf(q) {
  switch (q.kind) {
    case 'yes_no': return 'bool';
    case 'choice': return 'choice';
    case 'date': return 'date';
    case 'date_or_never': return 'date_or_never';
    case 'amount': case 'year': return 'int';
    case 'number': return 'decimal';
    default: return 'text';
  }
}

function question(q) {
  const fact = q.fact || q.id;
  // A DOM id without dots (`sponsor_past_income_by_year-2026`).
  const id = `q-${fact.replace('.', '-')}`;
  const value = factValue(state.case.facts, fact);
  const help = q.help || null;
  const kind = kindOf(q);
  if (kind === 'date_or_never') return dateOrNever(q, fact, id, value, help);
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
  const shown = state.ui.drafts[draftKey] ?? (value === undefined || value === null ? '' : kind === 'date' ? shortDate(value) : kind === 'int' && q.kind !== 'year' && Math.abs(value) >= 10000 ? amount(value) : (kind === 'decimal' && typeof value === 'number' ? decimal(value) : String(value)));
  return typedField(q, fact, id, kind, shown, help);
}

/** A date, or "never" (the social-assistance question): a choice, then the date. */
function dateOrNever(q, fact, id, value, help) {
  const never = value === 'never';
  const wrap = h('div', { class: 'date-or-never' });
  const choice = radioGroup({
    id, legend: q.text, hint: help, value: value === undefined || value === null ? undefined : (never ? 'never' : 'date'),
    options: [
      { value: 'never', label: (q.options[0] || {}).label || t('never') },
      { value: 'date', label: t('date-or-never-date') },
    ],
    onChange: (v) => {
      if (v === 'never') setFact(fact, 'never');
      else { if (never) setFact(fact, null); state.ui.open_dates = { ...(state.ui.open_dates || {}), [fact]: true }; changed(); }
      track(rerender());
    },
  });
  wrap.append(choice);
  if (!never && (value || (state.ui.open_dates || {})[fact] || state.ui.drafts[`facts.${fact}`])) {
    const draftKey = `facts.${fact}`;
    const shown = state.ui.drafts[draftKey] ?? (value ? shortDate(value) : '');
    wrap.append(typedField({ ...q, text: t('date-or-never-date'), help: '' }, fact, `${id}-date`, 'date', shown, null));
  }
  return wrap;
}

function typedField(q, fact, id, kind, shown, help) {
  const draftKey = `facts.${fact}`;
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
    r = await call('check', { case: state.case, lang: uiLang() });
    state.cache.check = r;
  } catch (e) {
    return [h('p', { class: 'error', role: 'alert', text: e.message })];
  }
  const out = [h('p', { class: 'hint', id: 'rules-as-of', text: r.rules_note })];
  if (r.later && r.later.length) {
    out.push(h('div', { class: 'callout info', id: 'check-later' }, r.later.map((l) => h('p', { text: l }))));
  }
  const list = (title, items, cls) => (items && items.length
    ? [h('h4', { class: 'label', text: title }), h('ul', { class: cls || null }, items.map((x) => h('li', { text: x.text })))]
    : null);
  for (const c of r.cards) {
    out.push(h('article', { class: `card req-card ${c.status}`, id: `req-${c.id}`, 'aria-labelledby': `req-${c.id}-title`, 'data-rule': c.rule },
      h('div', { class: 'req-head' },
        h('h3', { id: `req-${c.id}-title`, text: c.title }),
        h('span', { class: `badge ${c.status}`, id: `req-${c.id}-status`, text: c.status_label })),
      h('p', { class: 'req-why', id: `req-${c.id}-why`, text: c.why }),
      c.figure ? h('p', { class: `req-figure ${c.figure_kind || ''}`, id: `req-${c.id}-figure`, text: c.figure }) : null,
      c.shortfall ? h('p', { class: 'req-shortfall', text: c.shortfall }) : null,
      c.met_from ? h('p', { class: 'req-met-from', id: `req-${c.id}-met-from`, text: c.met_from }) : null,
      (c.notes || []).map((n) => h('p', { class: 'req-note', text: n })),
      c.later ? h('p', { class: 'req-later', id: `req-${c.id}-later`, text: c.later }) : null,
      c.help ? h('p', { class: 'callout info req-help', text: c.help }) : null,
      list(t('check-missing'), c.missing, 'req-missing'),
      list(t('exceptions'), c.exceptions),
      list(t('documents'), c.documents),
      c.document_notes && c.document_notes.length ? h('ul', { class: 'doc-notes' }, c.document_notes.map((x) => h('li', { text: x.text }))) : null,
      h('p', { class: 'source', id: `req-${c.id}-source` }, t('legal-source', { source: c.source })),
      // Where the rule is written (the pages the sources were read from), folded away.
      c.sources && c.sources.length
        ? h('details', { class: 'source-refs' },
          h('summary', { text: t('check-sources', { n: c.sources.length }) }),
          h('ul', {}, c.sources.map((s) => h('li', {}, h('span', { text: s.what }), ' ', h('code', { class: 'url', text: s.url })))))
        : null));
  }
  return out;
}
