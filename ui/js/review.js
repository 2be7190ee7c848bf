// Step 8: every answer on one screen, editable in place; the letter
// preview (the text the PDF holds); Export PDF; how to sign and send; what
// happens next.
import { call, later } from './ipc.js';
import { t, uiLang, amount, decimal, langTag } from './i18n.js';
import { h, textInput, checkbox, setError } from './dom.js';
import { state, setPath, changed, saveNow } from './state.js';
import { btn, go, focusField } from './app.js';
import { dateInput, fetchDeadline, lateReasonField } from './steps-first.js';
import { factValue } from './check.js';
import { bundleExport } from './files.js';

let previewTimer = null;
let lastExport = null;

function section(title, id, children, editStep, editFocus) {
  return h('section', { class: 'card', 'aria-labelledby': `${id}-title`, id },
    h('div', { class: 'req-head' },
      h('h2', { id: `${id}-title`, text: title }),
      editStep ? btn(t('change'), { class: 'secondary small', id: `${id}-change`, 'aria-label': `${t('change')}: ${title}`, onclick: () => go(editStep, { focus: editFocus }) }) : null),
    children);
}

function row(label, content) {
  return [h('dt', { text: label }), h('dd', {}, typeof content === 'string' ? h('span', { class: 'static', text: content || '–' }) : content)];
}

function answerText(q, v) {
  if (v === 'never' && q.kind === 'date_or_never') return (q.options[0] || {}).label || t('never');
  if (v === true) return t('yes');
  if (v === false) return t('no');
  if (q.options && q.options.length) {
    const o = q.options.find((x) => String(x.value) === String(v));
    if (o) return o.label || o.text;
  }
  if (typeof v === 'number') return Math.abs(v) >= 10000 ? amount(v) : decimal(v);
  return String(v);
}

export async function render() {
  const c = state.case;
  const lang = uiLang();
  const out = [h('p', { class: 'lead', text: t('step-review-lead') })];
  const text = (id, path, label, opts = {}) => {
    const parts = path.split('.');
    const v = parts.reduce((o, p) => (o ? o[p] : undefined), c);
    return textInput({ id, label, value: v ?? '', onInput: (x) => setPath(path, x), ...opts });
  };

  // Language
  const sel = h('select', { id: 'letter_language' });
  for (const l of ['nb', 'nn', 'en']) sel.append(h('option', { value: l, text: t(`letter-lang-${l}`) }));
  sel.value = c.letter_language;
  sel.addEventListener('change', () => setPath('letter_language', sel.value));
  out.push(section(t('review-language'), 'review-language',
    h('div', { class: 'field' }, h('label', { for: 'letter_language', text: t('letter-language') }), sel)));

  // Applicant and decision, editable in place
  out.push(section(t('applicant-legend'), 'review-applicant', [
    text('applicant-given_name', 'applicant.given_name', t('given-name'), { cls: 'medium' }),
    text('applicant-family_name', 'applicant.family_name', t('family-name'), { cls: 'medium' }),
    dateInput({ id: 'applicant-birth_date', path: 'applicant.birth_date', label: t('birth-date') }),
    text('applicant-citizenship', 'applicant.citizenship', t('citizenship'), { cls: 'medium' }),
    text('applicant-address', 'applicant.address', t('address'), { multiline: true, rows: 3 }),
    text('applicant-phone', 'applicant.phone', t('phone'), { type: 'tel', cls: 'medium' }),
    text('applicant-email', 'applicant.email', t('email'), { type: 'email', cls: 'medium' }),
  ]));
  if (!state.cache.requirements) {
    state.cache.requirements = await call('requirement_list', { lang }).catch(() => null);
  }
  const reqs = state.cache.requirements || [];
  const named = (c.decision.refusal_grounds || []).map((id) => (reqs.find((r) => r.id === id) || { title: id }).title);
  out.push(section(t('decision-legend'), 'review-decision', [
    h('dl', { class: 'review-list' },
      row(t('authority'), t(`authority-${c.decision.authority}`) + (c.decision.embassy ? ` (${c.decision.embassy})` : '')),
      row(t('refusal-grounds-legend'), named.join(', '))),
    dateInput({ id: 'decision-date', path: 'decision.date', label: t('decision-date') }),
    dateInput({ id: 'decision-received', path: 'decision.received', label: t('decision-received') }),
    dateInput({ id: 'decision-stated_deadline', path: 'decision.stated_deadline', label: t('stated-deadline'), optional: true }),
    text('decision-reference', 'decision.reference', t('reference'), { cls: 'medium' }),
    text('duf', 'duf', t('duf'), { cls: 'medium' }),
  ], 'decision', 'decision-authority'));

  // Why the klage is late (fvl. § 31), editable in place, when the deadline has passed
  const late = await fetchDeadline().then((v) => v.report.status === 'passed').catch(() => false);
  if (late) out.push(section(t('deadline-advice-passed-title'), 'review-late', lateReasonField()));

  // Interview answers
  try {
    const iv = await call('interview', { facts: c.facts, lang });
    const dl = h('dl', { class: 'review-list', id: 'review-answers' });
    // The check step shows one screen per group, in the order the core gives.
    const groups = [];
    for (const q of iv.questions) if (!groups.includes(q.screen)) groups.push(q.screen);
    for (const q of iv.questions) {
      const fact = q.fact || q.id;
      const screen = groups.indexOf(q.screen);
      const v = factValue(c.facts, fact);
      dl.append(...row(q.text, h('span', { class: 'static' },
        v === undefined || v === null ? h('em', { text: t('not-answered') }) : answerText(q, v), ' ',
        btn(t('change'), { class: 'link-button', 'aria-label': `${t('change')}: ${q.text}`, onclick: () => { state.ui.check_screen = screen; state.ui.check_code = q.screen; go('check', { focus: `q-${fact.replace('.', '-')}` }); } }))));
    }
    const hidden = (iv.hidden_answered || []);
    out.push(section(t('review-answers'), 'review-check', [dl,
      hidden.length ? [h('h3', { text: t('review-unused-title') }), h('p', { class: 'hint', text: t('review-unused-hint') }),
        h('ul', { id: 'review-unused' }, hidden.map((q) => h('li', { text: `${q.text}: ${answerText(q, factValue(c.facts, q.fact || q.id))}` })))] : null]));
  } catch (e) {
    out.push(section(t('review-answers'), 'review-check', h('p', { class: 'error', text: e.message }), 'check'));
  }

  // Grounds, in place
  const grounds = c.grounds.filter((g) => g.requirement !== 'other' || g.text.trim());
  out.push(section(t('step-grounds-title'), 'review-grounds', [
    grounds.map((g) => {
      const title = g.requirement === 'other' ? t('grounds-other') : (reqs.find((r) => r.id === g.requirement) || { title: g.requirement }).title;
      return textInput({ id: `grounds-${g.requirement}`, label: title, value: g.text, multiline: true, rows: 5, wide: true, onInput: (v) => { g.text = v; changed(); } });
    }),
    c.facts.applicant_in_norway === true
      ? checkbox({ id: 'request_deferred_implementation', label: t('deferred-label'), checked: c.request_deferred_implementation, onChange: (on) => setPath('request_deferred_implementation', on) })
      : null,
    checkbox({ id: 'will_send_more_documents', label: t('provisional-label'), checked: c.will_send_more_documents, onChange: (on) => setPath('will_send_more_documents', on) }),
  ], 'grounds'));

  out.push(section(t('step-attachments-title'), 'review-attachments',
    c.attachments.length
      ? h('ol', {}, c.attachments.map((a, i) => h('li', { text: `${t('attachment-n', { n: i + 1 })}: ${a.title}` })))
      : h('p', { class: 'empty', text: t('no-attachments') }),
    'attachments', 'add-attachment'));

  const rep = c.representative;
  out.push(section(t('step-representative-title'), 'review-representative',
    rep ? h('dl', { class: 'review-list' }, row(t('rep-name'), rep.name), row(t('rep-organisation'), rep.organisation), row(t('address'), rep.address))
      : h('p', { text: t('rep-none') }),
    'representative', 'has_representative'));

  out.push(section(t('signing'), 'review-signing',
    text('signed_place', 'signed_place', t('signed-place'), { cls: 'medium', hint: t('signed-place-hint') })));

  // Letter preview and export
  out.push(h('h2', { id: 'preview-title', text: t('preview-title') }));
  out.push(h('p', { class: 'hint', text: t('preview-hint') }));
  out.push(h('div', { id: 'letter-problems', role: 'status', 'aria-live': 'polite' }));
  // The letter is in Norwegian or English whatever the UI language: its own
  // language and direction, so screen readers and right-to-left UIs read it right.
  out.push(h('pre', { id: 'letter-preview', tabindex: '0', 'aria-labelledby': 'preview-title', dir: 'ltr', lang: langTag(c.letter_language) }));
  const busy = h('span', { id: 'export-busy', class: 'busy', role: 'status', hidden: true }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), t('exporting'));
  out.push(h('div', { class: 'button-row' },
    btn(t('export-pdf'), { id: 'export-pdf', class: 'primary', onclick: exportPdf }), busy));
  out.push(h('p', { id: 'export-error', class: 'error', role: 'alert' }));
  out.push(exportDone());
  out.push(...bundleExport());

  // Where it goes, how to send it, and what happens next: from the core
  // (klagehjelp::routes), the same as `klagehjelp route`.
  out.push(h('section', { class: 'card', 'aria-labelledby': 'route-title', id: 'route' },
    h('h2', { id: 'route-title', text: t('send-title') }),
    h('p', { text: t('send-sign') }),
    h('div', { id: 'route-body' }),
    h('p', { text: t('send-proof') })));

  if (lastExport && lastExport.id !== state.id) lastExport = null;
  later(updatePreview, 0);
  return out;
}

function items(list, ordered, cls) {
  return h(ordered ? 'ol' : 'ul', { class: cls || 'steps-list' }, list.map((it) => h('li', { 'data-id': it.id, text: it.text })));
}

function routeBody(r, labels) {
  const parts = [];
  if (r.send_to) {
    parts.push(h('h3', { text: labels.send_to }),
      h('p', { class: 'address', id: r.candidates ? null : 'route-send-to' },
        [r.send_to.name, ...r.send_to.lines].flatMap((l, i) => (i ? [h('br'), l] : [l]))),
      r.send_to.address_known ? null : h('p', { class: 'hint', text: labels.address_unknown }),
      h('p', { class: 'hint', text: r.send_to.note }));
  }
  if (r.channels.length) parts.push(h('h3', { text: labels.channels }), items(r.channels, false));
  const who = [r.prepares, r.decides].filter(Boolean);
  if (who.length) parts.push(h('h3', { text: labels.who }), items(who, false));
  if (r.next_steps.length) parts.push(h('h3', { text: labels.next }), items(r.next_steps, true));
  if (r.last_step) parts.push(h('h3', { text: labels.last }), h('p', { text: r.last_step.text }));
  if (r.also.length) parts.push(h('h3', { text: labels.also }), items(r.also, false));
  return parts;
}

/** Renders the route of the case (where to send, what next) from the core. */
async function updateRoute() {
  const box = document.getElementById('route-body');
  if (!box) return;
  try {
    const v = await call('route', { case: state.case, lang: uiLang() });
    const r = v.route;
    const parts = [h('p', { class: 'lead', id: 'route-name', 'data-route': r.route, text: r.title })];
    if (r.warning_details.length) {
      parts.push(h('div', { class: 'callout warn', id: 'route-warnings' },
        h('h3', { text: v.labels.warnings }),
        h('ul', {}, r.warning_details.map((w) => h('li', { 'data-id': w.id, text: w.text })))));
    }
    parts.push(...routeBody(r, v.labels));
    if (r.candidates && r.candidates.length) {
      parts.push(h('h3', { text: v.labels.candidates }));
      for (const c of r.candidates) {
        parts.push(h('section', { class: 'card', 'data-route': c.route }, h('h4', { text: c.title }), ...routeBody(c, v.labels)));
      }
    }
    const sources = [...new Set([r, ...(r.candidates || [])].flatMap((x) => [
      ...(x.send_to ? x.send_to.sources : []),
      ...[...x.channels, ...x.next_steps, ...x.also, ...x.warning_details, x.prepares, x.decides, x.last_step]
        .filter(Boolean).flatMap((i) => i.sources)]))];
    parts.push(h('details', {}, h('summary', { text: v.labels.sources }),
      h('ul', { class: 'source' }, sources.map((s) => h('li', { text: s })))));
    // replaceChildren would write "null" for an empty part: leave those out.
    box.replaceChildren(...parts.filter(Boolean));
  } catch (e) {
    box.replaceChildren(h('p', { class: 'error', text: e.message }));
  }
}

function onReview() {
  return !!document.querySelector('section[data-step="review"]');
}

function schedulePreview() {
  if (!onReview()) return;
  if (previewTimer) previewTimer.cancel();
  previewTimer = later(updatePreview, 300);
}
document.addEventListener('input', schedulePreview);
document.addEventListener('change', schedulePreview);

function exportDone() {
  const box = h('div', { id: 'export-done', class: 'callout ok', hidden: !lastExport, role: 'status' });
  if (lastExport) {
    box.append(h('p', {}, t('export-saved'), ' ', h('span', { class: 'path', id: 'export-path', dir: 'ltr', text: lastExport.path })),
      h('div', { class: 'button-row' },
        btn(t('open-pdf'), { id: 'open-pdf', class: 'secondary', onclick: () => call('open_file', { file_id: lastExport.file_id, lang: uiLang() }).catch(showExportError) }),
        btn(t('show-in-folder'), { id: 'show-in-folder', class: 'secondary', onclick: () => call('show_in_folder', { file_id: lastExport.file_id, lang: uiLang() }).catch(showExportError) })));
  }
  return box;
}

function showExportError(e) {
  const el = document.getElementById('export-error');
  if (el) el.textContent = e.message || String(e);
}

async function updatePreview() {
  updateRoute();
  const pre = document.getElementById('letter-preview');
  const probs = document.getElementById('letter-problems');
  if (!pre) return;
  try {
    const v = await call('letter_preview', { case: state.case, lang: uiLang() });
    pre.textContent = v.text || '';
    pre.hidden = !v.text;
    probs.replaceChildren();
    // An older case file: the answers asked in a new way are named here.
    if (v.migration_notice) probs.append(h('p', { class: 'callout info', id: 'migration-notice', role: 'status', text: v.migration_notice }));
    for (const id of document.querySelectorAll('[aria-invalid="true"]')) setError(id.id, '');
    if (v.problems.length) {
      probs.append(h('div', { class: v.text ? 'callout info' : 'callout warn' },
        h('h3', { text: t(v.text ? 'warnings-title' : 'problems-title') }),
        h('ul', {}, v.problems.map((p) => {
          const fid = p.field.replaceAll('.', '-');
          if (p.severity !== 'warning' && document.getElementById(fid)) setError(fid, p.message);
          return h('li', {}, p.message, ' ', btn(t('go-to-field'), { class: 'link-button', onclick: () => gotoField(p.field) }));
        }))));
    }
    const exp = document.getElementById('export-pdf');
    if (exp) exp.disabled = !v.text;
  } catch (e) {
    pre.textContent = '';
    probs.replaceChildren(h('p', { class: 'error', text: e.message }));
  }
}

/** Focuses the field of a problem: here if it is on this screen, else on its step. */
function gotoField(path) {
  const id = path.replaceAll('.', '-');
  if (document.getElementById(id)) { focusField(id); return; }
  const step = path.startsWith('facts.') ? 'check'
    : path === 'late_reason' ? 'deadline'
    : path.startsWith('representative') ? 'representative'
    : path.startsWith('attachments') ? 'attachments'
    : path.startsWith('grounds') ? 'grounds'
    : 'decision';
  go(step, { focus: step === 'check' ? `q-${path.slice(6)}` : id });
}

async function exportPdf() {
  const button = document.getElementById('export-pdf');
  const busy = document.getElementById('export-busy');
  const err = document.getElementById('export-error');
  err.textContent = '';
  button.disabled = true;
  busy.hidden = false;
  button.setAttribute('aria-busy', 'true');
  try {
    await saveNow();
    const w = await call('export_pdf', { case: state.case, case_id: state.id, lang: uiLang() });
    if (w) {
      lastExport = { ...w, id: state.id };
      document.getElementById('export-done').replaceWith(exportDone());
      document.getElementById('open-pdf').focus();
    }
  } catch (e) {
    err.textContent = e.message || String(e);
  } finally {
    busy.hidden = true;
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}
