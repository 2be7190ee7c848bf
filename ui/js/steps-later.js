// Steps 5–7: the grounds; the attachments; the representative.
import { call } from './ipc.js';
import { t, uiLang } from './i18n.js';
import { h, textInput, radioGroup, checkbox } from './dom.js';
import { state, changed, setPath } from './state.js';
import { btn, rerender, focusField } from './app.js';
import { attachmentFiles, dropHint, loadFileInfos } from './files.js';

/** The grounds the klage argues, as the core decides them (named in the decision, or needing attention in the check). */
async function groundList() {
  return call('grounds', { case: state.case, lang: uiLang() });
}

// ---------------------------------------------------------------- 5. grounds

export async function renderGrounds() {
  let list;
  try {
    list = await groundList();
  } catch (e) {
    return [h('p', { class: 'error', role: 'alert', text: e.message })];
  }
  const out = [h('p', { class: 'lead', text: t('step-grounds-lead') })];
  if (list.length === 0) out.push(h('p', { class: 'callout info', text: t('grounds-none-failing') }));
  for (const r of list) {
    let g = state.case.grounds.find((x) => x.requirement === r.id);
    const suggestion = r.letter_text || '';
    if (!g) {
      // The core says whether to pre-fill (named in the decision or not met);
      // otherwise the suggestion is one click away.
      g = { requirement: r.id, text: r.prefill ? suggestion : '' };
      state.case.grounds.push(g);
      changed();
    }
    const id = `grounds-${r.id}`;
    const ta = textInput({
      id, label: t('grounds-your-text'), value: g.text, multiline: true, rows: 7, wide: true,
      hint: t('grounds-edit-hint'),
      onInput: (v) => { g.text = v; changed(); },
    });
    out.push(h('div', { class: `card req-card ${r.status}` },
      h('div', { class: 'req-head' },
        h('h2', { text: r.title }),
        h('span', { class: `badge ${r.status}`, text: r.status_label })),
      r.why ? h('p', { class: 'hint', text: r.why }) : null,
      ta,
      suggestion
        ? btn(t(g.text.trim() ? 'grounds-reset' : 'grounds-insert'), {
          class: 'link-button', id: `${id}-reset`,
          onclick: () => { g.text = suggestion; changed(); document.getElementById(id).value = suggestion; focusField(id); },
        })
        : null));
  }
  let other = state.case.grounds.find((x) => x.requirement === 'other');
  out.push(h('div', { class: 'card' }, textInput({
    id: 'grounds-other', label: t('grounds-other'), hint: t('grounds-other-hint'), value: other ? other.text : '',
    multiline: true, rows: 5, wide: true,
    onInput: (v) => {
      if (!other) { other = { requirement: 'other', text: '' }; state.case.grounds.push(other); }
      other.text = v;
      changed();
    },
  })));

  // Utsatt iverksettelse: only when the applicant is in Norway.
  const inNorway = state.case.facts.applicant_in_norway;
  const deferred = h('fieldset', { id: 'deferred' }, h('legend', { text: t('deferred-legend') }));
  if (inNorway === true) {
    deferred.append(h('p', { text: t('deferred-explain') }), checkbox({
      id: 'request_deferred_implementation', label: t('deferred-label'), hint: t('deferred-source'),
      checked: state.case.request_deferred_implementation,
      onChange: (on) => setPath('request_deferred_implementation', on),
    }));
  } else {
    deferred.append(h('p', { class: 'hint', id: 'deferred-not-offered', text: t(inNorway === false ? 'deferred-abroad' : 'deferred-unknown') }));
  }
  out.push(deferred);

  // Optional requests in the klage: innsyn (fvl. § 18) and, in the
  // alternative, that the decision be set aside and sent back (fvl. § 34).
  out.push(h('fieldset', { id: 'requests' },
    h('legend', { text: t('requests-legend') }),
    checkbox({
      id: 'request_innsyn', label: t('request-innsyn-label'), hint: t('request-innsyn-hint'),
      checked: state.case.request_innsyn,
      onChange: (on) => setPath('request_innsyn', on),
    }),
    checkbox({
      id: 'request_set_aside', label: t('request-set-aside-label'), hint: t('request-set-aside-hint'),
      checked: state.case.request_set_aside,
      onChange: (on) => setPath('request_set_aside', on),
    })));

  out.push(h('fieldset', { id: 'provisional' },
    h('legend', { text: t('provisional-legend') }),
    h('p', { text: t('provisional-explain') }),
    checkbox({
      id: 'will_send_more_documents', label: t('provisional-label'), hint: t('provisional-source'),
      checked: state.case.will_send_more_documents,
      onChange: (on) => setPath('will_send_more_documents', on),
    })));
  return out;
}

// ---------------------------------------------------------------- 6. attachments

/** The documents the check suggests for the requirements the klage argues about, in the letter language. */
async function suggestedDocuments() {
  try {
    const titles = [];
    for (const r of await groundList()) {
      for (const d of r.letter_documents || []) if (!titles.includes(d)) titles.push(d);
    }
    return titles;
  } catch {
    return [];
  }
}

export async function renderAttachments() {
  const suggestions = await suggestedDocuments();
  const list = state.case.attachments;
  await loadFileInfos(list);
  const out = [h('p', { class: 'lead', text: t('step-attachments-lead') })];
  out.push(h('p', { class: 'callout info', text: t('attachments-udi-fetches') }));
  const ol = h('ol', { class: 'attachment-list', id: 'attachment-list' });
  list.forEach((a, i) => {
    const n = i + 1;
    const id = `attachment-${n}`;
    const input = h('input', { type: 'text', id, value: a.title, 'aria-describedby': `${id}-label` });
    input.addEventListener('input', () => { a.title = input.value; changed(); });
    const label = t('attachment-n', { n });
    ol.append(h('li', { 'data-attachment-row': String(i) },
      h('label', { class: 'num', for: id, id: `${id}-label`, text: label }),
      input,
      btn(t('move-up'), { class: 'secondary small', 'aria-label': `${t('move-up')}: ${label}`, disabled: i === 0, id: `${id}-up`, onclick: () => move(i, -1, `attachment-${n - 1}-up`) }),
      btn(t('move-down'), { class: 'secondary small', 'aria-label': `${t('move-down')}: ${label}`, disabled: i === list.length - 1, id: `${id}-down`, onclick: () => move(i, 1, `attachment-${n + 1}-down`) }),
      btn(t('remove'), { class: 'danger small', 'aria-label': `${t('remove')}: ${label}`, id: `${id}-remove`, onclick: () => removeAt(i) }),
      attachmentFiles(a, i)));
  });
  if (list.length === 0) out.push(h('p', { class: 'empty', id: 'no-attachments', text: t('no-attachments') }));
  out.push(ol);
  out.push(...dropHint());
  out.push(h('div', { class: 'button-row' }, btn(t('add-attachment'), {
    id: 'add-attachment', class: 'secondary',
    onclick: async () => {
      list.push({ title: '' });
      changed();
      await rerender();
      focusField(`attachment-${list.length}`);
    },
  })));
  if (state.case.representative) out.push(h('p', { class: 'hint', text: t('attachments-fullmakt-note') }));
  if (suggestions.length) {
    const have = new Set(list.map((a) => a.title.trim()));
    out.push(h('section', { class: 'card', id: 'suggested-documents', 'aria-labelledby': 'suggested-title' },
      h('h2', { id: 'suggested-title', text: t('suggested-title') }),
      h('p', { class: 'hint', text: t('suggested-hint') }),
      h('ul', { class: 'attachment-list' }, suggestions.map((title, i) => h('li', {},
        // In the letter's language (they become attachment titles): marked so (WCAG 3.1.2).
        h('span', { lang: { nb: 'nb-NO', nn: 'nn-NO', en: 'en' }[state.case.letter_language] || null, text: title }),
        have.has(title.trim())
          ? h('span', { class: 'ok-note', text: t('suggested-added') })
          : btn(t('suggested-add'), {
            class: 'secondary small', id: `suggest-${i + 1}`, 'aria-label': `${t('suggested-add')}: ${title}`,
            onclick: async () => {
              list.push({ title });
              changed();
              await rerender();
              focusField(`attachment-${list.length}`);
            },
          }))))));
  }
  return out;
}

async function move(i, delta, focusId) {
  const list = state.case.attachments;
  const j = i + delta;
  if (j < 0 || j >= list.length) return;
  [list[i], list[j]] = [list[j], list[i]];
  changed();
  await rerender();
  const f = document.getElementById(focusId);
  if (f && !f.disabled) f.focus();
  else focusField(`attachment-${j + 1}`);
}

async function removeAt(i) {
  state.case.attachments.splice(i, 1);
  changed();
  await rerender();
  const list = state.case.attachments;
  if (list.length) focusField(`attachment-${Math.min(i + 1, list.length)}`);
  else focusField('add-attachment');
}

// ---------------------------------------------------------------- 7. representative

function emptyRep() {
  return { name: '', organisation: '', address: '', phone: '', email: '', is_lawyer: false, fullmakt_follows: false };
}

/** Keeps the typed details when "no one helps" is chosen; the case then has no representative. */
function setHelped(on) {
  state.ui.has_representative = on;
  if (on) {
    state.case.representative = state.case.representative || state.ui.representative_draft || emptyRep();
  } else {
    if (state.case.representative) state.ui.representative_draft = state.case.representative;
    state.case.representative = null;
  }
  changed();
}

export async function renderRepresentative() {
  const role = state.ui.role || 'applicant';
  if (state.ui.has_representative === null || state.ui.has_representative === undefined) {
    if (role === 'helper') setHelped(true);
    else if (state.case.representative) state.ui.has_representative = true;
  }
  const out = [h('p', { class: 'lead', text: t(`step-representative-lead-${role}`) })];
  if (role === 'reception') out.push(h('div', { class: 'callout warn', id: 'reception-fullmektig-note' }, h('p', { text: t('reception-not-fullmektig') })));
  out.push(radioGroup({
    id: 'has_representative',
    legend: t(role === 'helper' ? 'rep-question-helper' : 'rep-question'),
    value: state.ui.has_representative === true ? 'yes' : state.ui.has_representative === false ? 'no' : null,
    inline: true,
    options: [{ value: 'yes', label: t('yes') }, { value: 'no', label: t('no') }],
    onChange: (v) => { setHelped(v === 'yes'); rerender(); },
  }));
  const rep = state.case.representative;
  if (rep) {
    // Never a "yes" with nothing filled in: what is missing is said here, and
    // the export is refused until it is there (the core's gate).
    const status = h('p', { id: 'rep-missing', role: 'status', 'aria-live': 'polite' });
    const updateMissing = () => {
      const missing = [];
      if (!(rep.name || '').trim()) missing.push(t('rep-name'));
      if (![rep.address, rep.phone, rep.email].some((x) => (x || '').trim())) missing.push(t('rep-contact'));
      status.className = missing.length ? 'callout warn' : 'ok-note';
      status.textContent = missing.length ? t('rep-missing', { fields: missing.join(', ') }) : t('rep-complete');
    };
    updateMissing();
    const text = (key, label, opts = {}) => textInput({
      id: `representative-${key}`, label, value: rep[key] || '', cls: opts.multiline ? '' : 'medium',
      onInput: (v) => { rep[key] = v; changed(); updateMissing(); }, ...opts,
    });
    out.push(h('fieldset', {},
      h('legend', { text: t('rep-legend') }),
      text('name', t('rep-name'), { autocomplete: 'name' }),
      text('organisation', t('rep-organisation'), { hint: t('rep-organisation-hint') }),
      text('address', t('address'), { multiline: true, rows: 3 }),
      text('phone', t('phone'), { type: 'tel' }),
      text('email', t('email'), { type: 'email' }),
      checkbox({ id: 'representative-is_lawyer', label: t('rep-is-lawyer'), hint: t('rep-is-lawyer-hint'), checked: rep.is_lawyer, onChange: (on) => { rep.is_lawyer = on; changed(); rerender(); } })));
    if (rep.organisation && rep.organisation.trim()) {
      out.push(h('p', { class: 'hint', id: 'rep-organisation-note', text: t('rep-organisation-note', { org: rep.organisation.trim(), name: (rep.name || '').trim() || '…' }) }));
    }
    if (!rep.is_lawyer) {
      out.push(h('div', { class: 'callout info', id: 'fullmakt-note' },
        h('h2', { text: t('fullmakt-title') }),
        h('p', { text: t('fullmakt-explain') }),
        checkbox({
          id: 'representative-fullmakt_follows', label: t('rep-fullmakt-follows'), hint: t('rep-fullmakt-follows-hint'),
          checked: rep.fullmakt_follows,
          onChange: (on) => { rep.fullmakt_follows = on; changed(); },
        })));
    }
    out.push(status);
  }
  return out;
}
