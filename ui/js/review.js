// Step 8: every answer on one screen, editable in place; the letter
// preview (the text the PDF holds); Export PDF; how to sign and send; what
// happens next.
import { call, later } from './ipc.js';
import { t, uiLang, amount, decimal, langTag } from './i18n.js';
import { h, textInput, checkbox, radioGroup, setError } from './dom.js';
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
  // The other applicants and the reference person, as printed in the letter.
  const co = c.co_applicants || [];
  out.push(section(t('co-applicants-legend'), 'review-parties',
    h('dl', { class: 'review-list' },
      ...co.flatMap((p, i) => row(t('co-applicant-n', { n: i + 2 }), [`${p.given_name} ${p.family_name}`.trim(), p.birth_date, p.duf].filter(Boolean).join(', '))),
      ...row(t('sponsor-legend'), c.sponsor ? [`${c.sponsor.given_name} ${c.sponsor.family_name}`.trim(), c.sponsor.birth_date].filter(Boolean).join(', ') : '')),
    'decision', 'add-co-applicant'));
  if (!state.cache.requirements) {
    state.cache.requirements = await call('requirement_list', { lang }).catch(() => null);
  }
  const reqs = state.cache.requirements || [];
  const named = (c.decision.refusal_grounds || []).map((id) => (reqs.find((r) => r.id === id) || { title: id }).title);
  out.push(section(t('decision-legend'), 'review-decision', [
    h('dl', { class: 'review-list' },
      row(t('authority'), t(`authority-${c.decision.authority}`) + (c.decision.embassy ? ` (${c.decision.embassy})` : '')),
      row(t('made-by'), c.decision.made_by
        ? (c.decision.made_by === 'UNE' ? t('made-by-UNE') : c.decision.made_by === 'UDI' && c.decision.authority === 'UDI' ? t('made-by-UDI-direct') : t(`made-by-${c.decision.made_by}`))
        : ''),
      row(t('refusal-grounds-legend'), named.join(', '))),
    dateInput({ id: 'decision-date', path: 'decision.date', label: t('decision-date') }),
    dateInput({ id: 'decision-received', path: 'decision.received', label: t('decision-received') }),
    dateInput({ id: 'decision-stated_deadline', path: 'decision.stated_deadline', label: t('stated-deadline'), optional: true }),
    text('decision-case_number', 'decision.case_number', t('case-number'), { cls: 'medium', hint: t('case-number-hint') }),
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
    checkbox({ id: 'request_innsyn', label: t('request-innsyn-label'), checked: c.request_innsyn, onChange: (on) => setPath('request_innsyn', on) }),
    checkbox({ id: 'request_set_aside', label: t('request-set-aside-label'), checked: c.request_set_aside, onChange: (on) => setPath('request_set_aside', on) }),
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
  // The rules and figures the check used: on the app's copy only, never in
  // the letter sent to UDI.
  out.push(h('p', { class: 'hint', id: 'preview-rules-as-of' }));
  const busy = h('span', { id: 'export-busy', class: 'busy', role: 'status', hidden: true }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), t('exporting'));
  out.push(h('div', { class: 'button-row' },
    btn(t('export-pdf'), { id: 'export-pdf', class: 'primary', onclick: exportPdf }), busy));
  out.push(h('p', { id: 'export-error', class: 'error', role: 'alert' }));
  out.push(exportDone());
  out.push(...bundleExport());
  out.push(explainPanel());
  // After sending: what was sent, when and how; the day to follow up; the
  // letters that can come after the klage (from the core).
  out.push(h('section', { class: 'card', 'aria-labelledby': 'sent-title', id: 'sent-section' },
    h('h2', { id: 'sent-title', text: t('sent-title') }),
    h('div', { id: 'sent-body' })));

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

function schedulePreview(ev) {
  if (!onReview()) return;
  // Typing in the record of sending changes nothing until it is saved.
  const sent = document.getElementById('sent-body');
  if (ev && sent && sent.contains(ev.target) && ev.type === 'input') return;
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
  updateSent();
  call('check', { case: state.case, lang: uiLang() })
    .then((v) => { const p = document.getElementById('preview-rules-as-of'); if (p) p.textContent = v.rules_note; })
    .catch(() => {});
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
          const fid = fieldId(p.field);
          if (p.severity !== 'warning' && document.getElementById(fid)) setError(fid, p.message);
          return h('li', {}, p.message, ' ', btn(t('go-to-field'), { class: 'link-button', onclick: () => gotoField(p.field) }));
        }))));
    }
    const exp = document.getElementById('export-pdf');
    if (exp) exp.disabled = !v.text;
    renderExplanation(v.explanation);
  } catch (e) {
    renderExplanation(null);
    pre.textContent = '';
    probs.replaceChildren(h('p', { class: 'error', text: e.message }));
  }
}

/** "What does my letter say?": the letter part by part beside what each
 * part says and asks in the UI language (`klagehjelp::explain`, from the
 * same letter as the preview and the PDF). Open at once when the core says
 * so (the UI speaks another language than the letter). Printed on its own
 * sheet by the browser (our PDF layout cannot shape Arabic script), never
 * in the klage. */
function explainPanel() {
  return h('details', { class: 'card explain', id: 'explain' },
    h('summary', { id: 'explain-title' }, h('h2', { text: t('explain-title') })),
    h('p', { text: t('explain-intro') }),
    h('p', { class: 'hint', id: 'explain-print-note', text: t('explain-print-note') }),
    h('div', { class: 'button-row no-print' },
      btn(t('explain-print'), { id: 'explain-print', class: 'secondary', 'aria-describedby': 'explain-print-note', onclick: printExplanation })),
    h('ol', { id: 'explain-list', class: 'explain-list', 'aria-labelledby': 'explain-title' }));
}

/** Fills the panel from the core's explanation (None while errors stop the letter). */
function renderExplanation(e) {
  const list = document.getElementById('explain-list');
  const panel = document.getElementById('explain');
  if (!list || !panel) return;
  panel.hidden = !e;
  if (!e) { list.replaceChildren(); return; }
  // Opened (or not) once per visit of the screen; then the person decides.
  if (!panel.dataset.shown) { panel.open = e.open_at_once; panel.dataset.shown = '1'; }
  list.replaceChildren(...e.paragraphs.map((p) => h('li', { class: p.own_words ? 'explain-row own' : 'explain-row', 'data-part': p.part },
    h('div', { class: 'explain-letter' },
      h('span', { class: 'explain-label', text: t('explain-letter') }),
      // The letter's own words, in its language and direction.
      h('div', { class: 'explain-text', lang: e.letter_bcp47, dir: 'ltr' },
        p.letter_text.map((b) => h('p', { dir: 'ltr', text: b })))),
    h('div', { class: 'explain-meaning' },
      h('span', { class: 'explain-label', text: t('explain-meaning') }),
      p.own_words ? h('p', { class: 'badge own-words', text: t('explain-own') }) : null,
      // A part not yet translated into the UI language is shown in English.
      h('p', { class: 'explain-says', lang: p.in_reader_language ? null : 'en', text: p.explanation }),
      p.in_reader_language ? null : h('p', { class: 'hint', text: t('explain-fallback') })))));
}

/** Prints the explanation alone (see the print rules in app.css). */
function printExplanation() {
  const panel = document.getElementById('explain');
  if (!panel) return;
  panel.open = true;
  document.body.classList.add('print-explanation');
  const done = () => {
    document.body.classList.remove('print-explanation');
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}

/** Focuses the field of a problem: here if it is on this screen, else on its step. */
/** The DOM id of a case field: `co_applicants[0].duf` → `co_applicants-0-duf`. */
function fieldId(path) {
  return path.replace(/\[(\d+)\]/g, '-$1').replaceAll('.', '-');
}

function gotoField(path) {
  const id = fieldId(path);
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

// ---------------------------------------------------------------- after sending

let sentEditing = false;
// What is typed in the record form before it is saved: kept across re-renders.
const sentDraft = { date: null, receipt: null, channel: null };

/** Renders the "sent" section: the record form or the record, the follow-up reminder, and the letters after the klage. */
async function updateSent() {
  const box = document.getElementById('sent-body');
  if (!box) return;
  // Focus stays where it was across a re-render.
  const focused = box.contains(document.activeElement) ? document.activeElement.id : null;
  let v;
  try {
    v = await call('after_sending', { case: state.case, lang: uiLang() });
  } catch (e) {
    box.replaceChildren(h('p', { class: 'error', text: e.message }));
    return;
  }
  const parts = [];
  if (v.sent && !sentEditing) {
    parts.push(h('p', { id: 'sent-record', class: 'ok-note', text: v.sent_text }),
      btn(t('sent-change'), { id: 'sent-change', class: 'secondary small', onclick: () => { sentEditing = true; updateSent().then(() => focusField('sent-date')); } }));
    if (v.follow_up) {
      const done = h('p', { id: 'follow-up-done', class: 'ok-note', role: 'status' });
      parts.push(h('h3', { text: t('sent-follow-up-title') }),
        h('p', { id: 'sent-follow-up', text: v.follow_up.text }),
        h('p', { class: 'source', text: v.follow_up.sources.join(' · ') }),
        h('div', { class: 'button-row' }, btn(t('sent-follow-up-ics'), {
          id: 'add-follow-up', class: 'secondary',
          onclick: async () => {
            try {
              const w = await call('follow_up_ics', { case: state.case, case_id: state.id, lang: uiLang() });
              if (w) { done.className = 'ok-note'; done.textContent = t('ics-saved', { path: w.path }); }
            } catch (e) {
              done.className = 'error';
              done.textContent = e.message;
            }
          },
        })), done);
    } else {
      parts.push(h('p', { class: 'hint', id: 'sent-no-follow-up', text: t('sent-no-follow-up-route') }));
    }
  } else {
    parts.push(h('p', { class: 'hint', text: t('sent-hint') }));
    const cur = v.sent || {};
    let channel = sentDraft.channel || cur.channel || (v.channels.length === 1 ? v.channels[0].code : null);
    if (!v.channels.some((c) => c.code === channel)) channel = null;
    const date = textInput({ id: 'sent-date', label: t('sent-date'), hint: t('date-hint'), value: sentDraft.date ?? cur.date ?? '', cls: 'short', onInput: (x) => { sentDraft.date = x; } });
    const receipt = textInput({ id: 'sent-receipt', label: t('sent-receipt'), hint: t('sent-receipt-hint'), value: sentDraft.receipt ?? cur.receipt ?? '', cls: 'medium', onInput: (x) => { sentDraft.receipt = x; } });
    const err = h('p', { id: 'sent-error', class: 'error', role: 'alert' });
    parts.push(date,
      radioGroup({ id: 'sent-channel', legend: t('sent-channel'), value: channel, options: v.channels.map((c) => ({ value: c.code, label: c.label })), onChange: (x) => { channel = x; sentDraft.channel = x; } }),
      receipt,
      h('div', { class: 'button-row' }, btn(t('sent-save'), {
        id: 'record-sent', class: 'primary',
        onclick: async () => {
          err.textContent = '';
          setError('sent-date', '');
          try {
            const c = await call('record_sent', {
              case: state.case, date: document.getElementById('sent-date').value, channel: channel || '',
              receipt: document.getElementById('sent-receipt').value, lang: uiLang(),
            });
            state.case.sent = c.sent;
            sentDraft.date = null;
            sentDraft.receipt = null;
            sentDraft.channel = null;
            changed();
            await saveNow();
            sentEditing = false;
            await updateSent();
            focusField('sent-record');
          } catch (e) {
            const id = e.field === 'sent.channel' ? 'sent-channel' : 'sent-date';
            if (id === 'sent-date') setError('sent-date', e.message);
            err.textContent = e.message;
            focusField(id === 'sent-channel' ? `sent-channel-${(v.channels[0] || {}).code}` : id);
          }
        },
      })), err);
  }

  // The letters after the klage (and the stand-alone deferral request).
  parts.push(h('h3', { text: t('after-letters-title') }));
  const costs = v.letters.find((o) => o.kind === 'costs');
  for (const o of v.letters) {
    const status = h('p', { id: `after-${o.kind}-status`, role: 'status' });
    const card = h('div', { class: 'card after-letter', id: `after-${o.kind}`, 'data-available': String(o.available) },
      h('h4', { text: o.title }),
      h('p', { text: o.explain }),
      o.last_day_long ? h('p', { class: 'hint', text: t('after-last-day', { date: o.last_day_long }) }) : null,
      o.available
        ? btn(t('after-write-pdf'), {
          id: `export-${o.kind}`, class: 'secondary', 'aria-label': `${t('after-write-pdf')}: ${o.title}`,
          onclick: async () => {
            status.className = '';
            status.textContent = t('exporting');
            try {
              await saveNow();
              const w = await call('export_letter', { case: state.case, case_id: state.id, kind: o.kind, lang: uiLang() });
              status.className = 'ok-note';
              status.textContent = w ? `${t('export-saved')} ${w.path}` : '';
            } catch (e) {
              status.className = 'error';
              status.textContent = e.message;
            }
          },
        })
        : h('p', { class: 'hint', id: `after-${o.kind}-why`, text: o.reason }),
      status);
    if (o === costs) {
      card.append(dateInput({
        id: 'changed_in_favour_received', path: 'changed_in_favour_received', label: t('after-costs-changed-label'),
        hint: t('after-costs-changed-hint'), optional: true,
        get: () => state.case.changed_in_favour_received || '',
        set: (x) => { setPath('changed_in_favour_received', x || ''); },
      }));
    }
    parts.push(card);
  }
  box.replaceChildren(...parts.filter(Boolean));
  const again = focused && document.getElementById(focused);
  if (again) again.focus();
}
