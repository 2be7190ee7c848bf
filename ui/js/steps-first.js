// Steps 1–3: language and role; the decision; the deadline.
import { call, later } from './ipc.js';
import { t, uiLang, shortDate } from './i18n.js';
import { h, textInput, radioGroup, checkbox, setError, setNote } from './dom.js';
import { state, setPath, getPath, changed } from './state.js';
import { btn, rerender, go, saveSettings } from './app.js';

// ---------------------------------------------------------------- 1. language and role

export async function renderLanguage() {
  const c = state.case;
  const sel = h('select', {});
  for (const l of ['nb', 'nn', 'en']) sel.append(h('option', { value: l, text: t(`letter-lang-${l}`) }));
  sel.value = c.letter_language || 'nb';
  sel.addEventListener('change', () => { setPath('letter_language', sel.value); });
  const role = state.ui.role || state.settings.role || null;
  return [
    h('p', { class: 'lead', text: t('step-language-lead') }),
    h('fieldset', {},
      h('legend', { text: t('languages') }),
      h('p', { class: 'hint', text: t('ui-language-hint') }),
      (() => {
        const f = h('div', { class: 'field' },
          h('label', { for: 'letter_language', text: t('letter-language') }),
          h('span', { class: 'hint', id: 'letter_language-hint', text: t('letter-language-hint') }));
        sel.id = 'letter_language';
        sel.setAttribute('aria-describedby', 'letter_language-hint');
        f.append(sel);
        return f;
      })()),
    radioGroup({
      id: 'role',
      legend: t('role-legend'),
      value: role,
      options: ['applicant', 'helper', 'reception'].map((r) => ({ value: r, label: t(`role-${r}`), hint: t(`role-${r}-hint`) })),
      onChange: (v) => {
        state.ui.role = v;
        state.settings.role = v;
        if (v === 'helper') state.ui.has_representative = true;
        saveSettings();
        changed();
      },
    }),
  ];
}

// ---------------------------------------------------------------- helpers for dates and DUF

/** A date field: stores ISO when valid, the raw text when not (nothing typed is lost). */
export function dateInput({ id, path, label, hint, optional = false, get, set }) {
  const read = get || (() => getPath(path));
  const write = set || ((v) => setPath(path, v));
  const value = read() ?? '';
  const f = textInput({
    id, label, hint: hint || t('date-hint'), value: shortDate(value), cls: 'short',
    onInput: (v) => write(optional && v.trim() === '' ? null : v),
    onChange: (v) => checkDate(id, path, v, write),
  });
  if (value) queueMicrotask(() => checkDate(id, path, value, null));
  return f;
}

export async function checkDate(id, path, text, write) {
  if (!text || !text.trim()) {
    setError(id, '');
    setNote(id, '');
    return null;
  }
  try {
    const r = await call('check_date', { text, field: path, lang: uiLang() });
    setError(id, '');
    setNote(id, r.long);
    if (write && r.iso !== text) write(r.iso);
    const ctl = document.getElementById(id);
    if (ctl && document.activeElement !== ctl) ctl.value = shortDate(r.iso);
    return r.iso;
  } catch (e) {
    setNote(id, '');
    setError(id, e.message);
    return null;
  }
}

let dufTimer = null;
async function checkDuf(text) {
  if (!text.trim()) {
    setError('duf', '');
    setNote('duf', '');
    return;
  }
  try {
    const r = await call('check_duf', { text, lang: uiLang() });
    setError('duf', '');
    const warn = r.warnings.map((w) => w.message).join(' ');
    setNote('duf', warn ? `${r.display}. ${warn}` : t('duf-ok', { duf: r.display }), !!warn);
  } catch (e) {
    setNote('duf', '');
    setError('duf', e.message);
  }
}

// ---------------------------------------------------------------- 2. the decision

export async function renderDecision() {
  const c = state.case;
  const d = c.decision;
  let reqs = state.cache.requirements;
  let reqError = null;
  if (!reqs) {
    try {
      reqs = await call('requirement_list', { lang: uiLang() });
      state.cache.requirements = reqs;
    } catch (e) {
      reqs = [];
      reqError = e.message;
    }
  }
  const text = (id, path, label, opts = {}) =>
    textInput({ id, label, value: getPath(path) ?? '', onInput: (v) => setPath(path, v), ...opts });

  const applicant = h('fieldset', {},
    h('legend', { text: t('applicant-legend') }),
    h('p', { class: 'hint', text: t(state.ui.role === 'applicant' || !state.ui.role ? 'applicant-hint-self' : 'applicant-hint-other') }),
    text('applicant-given_name', 'applicant.given_name', t('given-name'), { autocomplete: 'given-name', cls: 'medium' }),
    text('applicant-family_name', 'applicant.family_name', t('family-name'), { autocomplete: 'family-name', cls: 'medium' }),
    dateInput({ id: 'applicant-birth_date', path: 'applicant.birth_date', label: t('birth-date') }),
    text('applicant-citizenship', 'applicant.citizenship', t('citizenship'), { cls: 'medium' }),
    text('applicant-address', 'applicant.address', t('address'), { multiline: true, rows: 3, hint: t('address-hint') }),
    text('applicant-phone', 'applicant.phone', t('phone'), { type: 'tel', cls: 'medium' }),
    text('applicant-email', 'applicant.email', t('email'), { type: 'email', cls: 'medium' }));

  const dufField = textInput({
    id: 'duf', label: t('duf'), hint: t('duf-hint'), value: c.duf || '', cls: 'medium',
    onInput: (v) => {
      setPath('duf', v);
      if (dufTimer) dufTimer.cancel();
      dufTimer = later(() => checkDuf(v), 250);
    },
  });
  if (c.duf) queueMicrotask(() => checkDuf(c.duf));

  const decision = h('fieldset', {},
    h('legend', { text: t('decision-legend') }),
    radioGroup({
      id: 'decision-authority',
      legend: t('authority'),
      value: d.authority || 'UDI',
      inline: true,
      options: ['UDI', 'UNE', 'police', 'embassy'].map((a) => ({ value: a, label: t(`authority-${a}`) })),
      // Who made it is read from the decision again for the new authority.
      onChange: (v) => { setPath('decision.authority', v); setPath('decision.made_by', null); rerender(); },
    }),
    d.authority === 'UNE' ? h('p', { class: 'callout info', text: t('authority-une-note') }) : null,
    d.authority === 'embassy'
      ? text('decision-embassy', 'decision.embassy', t('embassy'), { cls: 'medium' })
      : null,
    d.authority === 'police'
      ? text('decision-police_district', 'decision.police_district', t('police-district'), { cls: 'medium' })
      : null,
    // Who made the decision is read from the decision itself, for every
    // authority (decision.made_by): many refusals handed out by an embassy or
    // the police are UDI decisions, and a decision naming UNE as klageinstans
    // was made by UDI (routes: fvl. § 27, utl. § 76).
    madeByField(d),
    dateInput({ id: 'decision-date', path: 'decision.date', label: t('decision-date'), hint: t('decision-date-hint') }),
    dateInput({ id: 'decision-received', path: 'decision.received', label: t('decision-received'), hint: t('decision-received-hint') }),
    statedDeadlineInput(),
    h('div', { id: 'stated-confirm-slot' }),
    text('decision-case_number', 'decision.case_number', t('case-number'), { cls: 'medium', hint: t('case-number-hint') }),
    text('decision-reference', 'decision.reference', t('reference'), { cls: 'medium', hint: t('reference-hint') }),
    dufField);

  const grounds = h('fieldset', { id: 'decision-refusal_grounds' },
    h('legend', { text: t('refusal-grounds-legend') }),
    h('p', { class: 'hint', text: t('refusal-grounds-hint') }),
    reqError ? h('p', { class: 'error', text: reqError }) : null,
    reqs.map((r) => checkbox({
      id: `decision-refusal_grounds-${r.id}`,
      label: r.title,
      hint: r.source,
      checked: d.refusal_grounds.includes(r.id),
      onChange: (on) => {
        const set = new Set(state.case.decision.refusal_grounds);
        if (on) set.add(r.id); else set.delete(r.id);
        state.case.decision.refusal_grounds = reqs.map((x) => x.id).filter((x) => set.has(x));
        changed();
      },
    })));

  queueMicrotask(refreshStatedConfirm);
  return [h('p', { class: 'lead', text: t('step-decision-lead') }), applicant, coApplicantsField(), sponsorField(), decision, grounds];
}

/** Who made the decision, as the decision's own text says (decision.made_by). */
function madeByField(d) {
  const a = d.authority || 'UDI';
  // The authority the user named first, then UDI (the usual maker), then "not sure".
  const values = [...new Set([a, 'UDI', 'unsure'])];
  const label = (v) => (v === 'UDI' && a === 'UDI' ? t('made-by-UDI-direct') : v === 'UNE' ? t('made-by-UNE') : t(`made-by-${v}`));
  return h('div', { class: 'made-by' },
    radioGroup({
      id: 'decision-made_by',
      legend: t('made-by'),
      hint: t('made-by-hint'),
      value: d.made_by || null,
      options: values.map((v) => ({ value: v, label: label(v) })),
      onChange: (v) => { setPath('decision.made_by', v); rerender(); },
    }),
    h('details', { id: 'made-by-help' },
      h('summary', { text: t('made-by-help-title') }),
      h('ul', {},
        h('li', { text: t('made-by-help-letterhead') }),
        h('li', { text: t('made-by-help-sentence') }),
        h('li', { text: t('made-by-help-instructions') }),
        h('li', { text: t('made-by-help-abroad') }))));
}

function emptyPerson() {
  return { given_name: '', family_name: '', birth_date: '', duf: '', relation: '' };
}

/** Other applicants refused in the same decision, each with their own DUF number (they sign, or a guardian for a child). */
function coApplicantsField() {
  const list = state.case.co_applicants || (state.case.co_applicants = []);
  const fs = h('fieldset', { id: 'co_applicants' },
    h('legend', { text: t('co-applicants-legend') }),
    h('p', { class: 'hint', text: t('co-applicants-hint') }));
  list.forEach((p, i) => {
    const id = (k) => `co_applicants-${i}-${k}`;
    const path = (k) => `co_applicants.${i}.${k}`;
    const name = t('co-applicant-n', { n: i + 2 });
    fs.append(h('div', { class: 'card person', id: `co_applicants-${i}`, role: 'group', 'aria-label': name },
      h('h3', { text: name }),
      textInput({ id: id('given_name'), label: t('given-name'), value: p.given_name, cls: 'medium', onInput: (v) => setPath(path('given_name'), v) }),
      textInput({ id: id('family_name'), label: t('family-name'), value: p.family_name, cls: 'medium', onInput: (v) => setPath(path('family_name'), v) }),
      dateInput({ id: id('birth_date'), path: path('birth_date'), label: t('birth-date'), hint: t('co-applicant-birth-hint') }),
      textInput({ id: id('duf'), label: t('duf'), hint: t('co-applicant-duf-hint'), value: p.duf, cls: 'medium', onInput: (v) => setPath(path('duf'), v) }),
      btn(t('remove'), {
        class: 'danger small', id: `co_applicants-${i}-remove`, 'aria-label': `${t('remove')}: ${name}`,
        onclick: async () => {
          list.splice(i, 1);
          changed();
          await rerender();
          focus(list.length ? `co_applicants-${Math.min(i, list.length - 1)}-given_name` : 'add-co-applicant');
        },
      })));
  });
  fs.append(btn(t('co-applicant-add'), {
    id: 'add-co-applicant', class: 'secondary',
    onclick: async () => {
      list.push(emptyPerson());
      changed();
      await rerender();
      focus(`co_applicants-${list.length - 1}-given_name`);
    },
  }));
  return fs;
}

function focus(id) {
  const el = document.getElementById(id);
  if (el) el.focus();
}

/** The reference person (sponsor): name and date of birth, printed in the letter. */
function sponsorField() {
  const s = state.case.sponsor || {};
  const set = (k, v) => {
    const cur = state.case.sponsor || { given_name: '', family_name: '', birth_date: '' };
    cur[k] = v;
    state.case.sponsor = cur.given_name || cur.family_name || cur.birth_date ? cur : null;
    changed();
  };
  return h('fieldset', { id: 'sponsor' },
    h('legend', { text: t('sponsor-legend') }),
    h('p', { class: 'hint', text: t('sponsor-hint') }),
    textInput({ id: 'sponsor-given_name', label: t('given-name'), value: s.given_name || '', cls: 'medium', onInput: (v) => set('given_name', v) }),
    textInput({ id: 'sponsor-family_name', label: t('family-name'), value: s.family_name || '', cls: 'medium', onInput: (v) => set('family_name', v) }),
    dateInput({ id: 'sponsor-birth_date', path: 'sponsor.birth_date', label: t('birth-date'), optional: true, get: () => (state.case.sponsor || {}).birth_date, set: (v) => set('birth_date', v || '') }));
}

// ---------------------------------------------------------------- 3. the deadline

/** Why the klage is late (case.late_reason, fvl. § 31): shown once the deadline has passed. */
export function lateReasonField() {
  return textInput({
    id: 'late_reason',
    label: t('late-reason-label'),
    hint: t('late-reason-hint'),
    value: state.case.late_reason || '',
    multiline: true,
    rows: 5,
    wide: true,
    onInput: (v) => setPath('late_reason', v),
  });
}

export async function fetchDeadline() {
  const d = state.case.decision;
  return call('deadline', {
    received: d.received || '',
    stated: d.stated_deadline || null,
    decided: d.date || null,
    stated_confirmed: !!d.stated_deadline_confirmed,
    lang: uiLang(),
  });
}

/** A printed deadline more than two months after receipt (the core says so):
 * the message and a confirm control. Never used without the confirmation. */
function statedConfirmBox(v) {
  const r = v.report;
  if (!r.stated_implausible || !v.stated_long) return null;
  const confirmed = !!state.case.decision.stated_deadline_confirmed;
  return h('div', { class: `callout ${confirmed ? 'info' : 'warn'}`, id: 'stated-confirm', 'data-key': `${v.stated_long}|${confirmed}` },
    h('h2', { text: t('stated-confirm-title') }),
    h('p', { id: 'stated-confirm-text', text: t('stated-confirm-text', { stated: v.stated_long }) }),
    checkbox({
      id: 'decision-stated_deadline_confirmed',
      label: t('stated-confirm', { stated: v.stated_long }),
      checked: confirmed,
      onChange: (on) => { setPath('decision.stated_deadline_confirmed', on); changed(); rerender(); },
    }),
    confirmed ? h('p', { class: 'ok-note', id: 'stated-confirmed-note', text: t('stated-confirmed', { computed: v.effective_long }) }) : null);
}

/** The printed deadline, with its confirm slot kept up to date. Typing in
 * it withdraws a confirmation (a changed date needs a new one); the date
 * read back in ISO form does not. */
function statedDeadlineInput() {
  const f = dateInput({
    id: 'decision-stated_deadline', path: 'decision.stated_deadline', label: t('stated-deadline'), hint: t('stated-deadline-hint'), optional: true,
    set: (v) => { setPath('decision.stated_deadline', v); refreshStatedConfirm(); },
  });
  const input = f.querySelector('input');
  if (input) {
    input.addEventListener('input', () => {
      if (state.case.decision.stated_deadline_confirmed) setPath('decision.stated_deadline_confirmed', false);
    });
  }
  return f;
}

/** Fills the confirm slot under the printed-deadline field (decision step). */
async function refreshStatedConfirm() {
  if (!state.case.decision.stated_deadline) {
    const slot = document.getElementById('stated-confirm-slot');
    if (slot) slot.replaceChildren();
    return;
  }
  let box = null;
  try {
    box = statedConfirmBox(await fetchDeadline());
  } catch (e) {
    box = null; // the dates are not complete yet: their own fields say why
  }
  // Looked up after the call: the step is on screen by then.
  const slot = document.getElementById('stated-confirm-slot');
  if (!slot) return;
  // The same message and state: kept as it is (focus stays on the checkbox).
  const shown = slot.firstElementChild;
  if (box && shown && shown.dataset.key === box.dataset.key) return;
  slot.replaceChildren(...(box ? [box] : []));
}

export async function renderDeadline() {
  let v;
  try {
    v = await fetchDeadline();
  } catch (e) {
    const fieldId = e.field ? e.field.replaceAll('.', '-') : 'decision-received';
    return [
      h('div', { class: 'callout warn', role: 'alert' },
        h('p', { id: 'deadline-error', text: e.message }),
        btn(t('go-to-field'), { class: 'secondary', onclick: () => go('decision', { focus: fieldId }) })),
    ];
  }
  const r = v.report;
  const close = r.status === 'open' && r.days_left <= 7;
  const cls = close ? 'close' : r.status;
  const statusText = v.status_text;
  const advice = r.status === 'passed' ? 'passed' : r.status === 'last_day' ? 'last-day' : close ? 'close' : 'open';
  const out = [
    h('div', { class: `card deadline-card ${cls}` },
      h('p', { class: 'deadline-label', text: t('deadline-label') }),
      h('p', { id: 'deadline-date', text: v.effective_long }),
      h('p', { id: 'deadline-status', class: `status-${cls}`, role: 'status', text: statusText }),
      v.stated_long && r.stated !== r.computed
        ? h('p', { class: 'hint', text: t('deadline-stated-vs-computed', { stated: v.stated_long, computed: v.computed_long }) })
        : null),
    ...[statedConfirmBox(v)].filter(Boolean),
    h('div', { class: `callout ${r.status === 'passed' ? 'bad' : close || r.status === 'last_day' ? 'warn' : 'info'}`, id: 'deadline-advice' },
      h('h2', { text: t(`deadline-advice-${advice}-title`) }),
      h('p', { text: t(`deadline-advice-${advice}`) }),
      r.status === 'passed' && v.one_year_limit_long
        ? h('p', { text: t('deadline-one-year', { date: v.one_year_limit_long }) }) : null),
    ...(r.status === 'passed' ? [lateReasonField()] : []),
    h('h2', { text: t('deadline-how-title') }),
    h('ul', { class: 'notes', id: 'deadline-notes' }, v.notes.map((n) => h('li', { text: n }))),
    h('h2', { text: t('deadline-todo-title') }),
    h('ul', { class: 'notes', id: 'deadline-todo' }, v.todo.map((n) => h('li', { text: n }))),
  ];
  const done = h('p', { id: 'ics-done', class: 'ok-note', role: 'status' });
  out.push(h('div', { class: 'button-row' },
    btn(t('add-to-calendar'), {
      id: 'add-calendar', class: 'secondary',
      onclick: async () => {
        try {
          const w = await call('deadline_ics', {
            received: state.case.decision.received || '',
            stated: state.case.decision.stated_deadline || null,
            decided: state.case.decision.date || null,
            duf: state.case.duf || '',
            case_id: state.id,
            stated_confirmed: !!state.case.decision.stated_deadline_confirmed,
            lang: uiLang(),
          });
          if (w) { done.className = 'ok-note'; done.textContent = t('ics-saved', { path: w.path }); }
        } catch (e) {
          done.className = 'error';
          done.textContent = e.message;
        }
      },
    }),
    h('span', { class: 'hint', text: t('add-to-calendar-hint') })), done);
  return out;
}
