// Small DOM helpers. Text is always set with textContent, never innerHTML.
import { t } from './i18n.js';

// A run of left-to-right text inside right-to-left text: Latin letters,
// digits and § with what joins them (". , : / - – %" and single spaces), for
// example "fvl. § 29", "2012 586975 61", "2026-11-09", a path or "udi.no".
// A leading full stop belongs to the run (".klage.json", ".ics").
// Parentheses and a final full stop stay outside, so they mirror with the
// sentence around them.
const LTR_RUN = /(?:\.(?=[A-Za-z0-9])|[A-Za-z0-9\u00C0-\u024F§/])(?:[A-Za-z0-9\u00C0-\u024F§/.,:@_+\-–%'’]|[ \u00A0]+(?=[A-Za-z0-9\u00C0-\u024F§/]))*/g;
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const LRI = '\u2066';
const PDI = '\u2069';

/** In a right-to-left document, wraps every left-to-right run of `s` in
 * LRI…PDI (Unicode bidi isolation), so numbers, dates, DUF numbers and
 * § references keep their order inside Arabic or Persian sentences. */
export function bidi(s) {
  if (typeof s !== 'string' || document.documentElement.dir !== 'rtl') return s;
  // A text with no right-to-left letter at all (a message not translated
  // yet, shown in English; a name; a path) runs left to right as a whole.
  if (!RTL_LETTER.test(s)) return /[A-Za-z0-9]/.test(s) ? `${LRI}${s}${PDI}` : s;
  return s.replace(LTR_RUN, (run) => {
    const m = /[.,:]+$/.exec(run);
    const core = m ? run.slice(0, m.index) : run;
    const tail = m ? m[0] : '';
    return core ? `${LRI}${core}${PDI}${tail}` : run;
  });
}

/** h('div', {class: 'x', onclick: f}, child, 'text', …) */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  // Text of an element that is itself left to right (the English note, a
  // Norwegian word) needs no isolation inside it.
  const iso = attrs && attrs.dir === 'ltr' ? (x) => x : bidi;
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') {
      el.addEventListener(k.slice(2), v);
    } else if (k === 'class') {
      el.className = v;
    } else if (k === 'value') {
      el.value = v;
    } else if (k === 'checked') {
      el.checked = !!v;
    } else if (k === 'text') {
      el.textContent = iso(v);
    } else if (v === true) {
      el.setAttribute(k, '');
    } else {
      el.setAttribute(k, v);
    }
  }
  append(el, children, iso);
  return el;
}

function append(el, children, iso = bidi) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(iso(String(c))));
  }
}

/** A form field: label, optional hint, control, note and error (aria-live). */
export function field({ id, label, hint, control, wide = false, note = '' }) {
  const describedBy = [hint ? `${id}-hint` : null, `${id}-note`, `${id}-error`].filter(Boolean).join(' ');
  control.id = id;
  control.setAttribute('aria-describedby', describedBy);
  return h('div', { class: wide ? 'field wide' : 'field' },
    h('label', { for: id, text: label }),
    hint ? h('span', { class: 'hint', id: `${id}-hint`, text: hint }) : null,
    control,
    h('p', { class: 'ok-note', id: `${id}-note`, text: note }),
    h('p', { class: 'error', id: `${id}-error`, 'aria-live': 'polite' }));
}

/** A text input bound to get/set. */
export function textInput({ id, label, hint, value, onInput, onChange, type = 'text', cls = '', autocomplete, multiline = false, wide = false, rows }) {
  const control = multiline
    ? h('textarea', { rows: rows || 4, class: cls })
    : h('input', { type, class: cls, autocomplete: autocomplete || 'off', spellcheck: type === 'text' ? 'true' : null });
  // What is typed runs the way its first letter does: Arabic right to left,
  // a DUF number, a date or an email left to right (no letter: left to right).
  control.setAttribute('dir', 'auto');
  control.value = value ?? '';
  if (onInput) control.addEventListener('input', () => onInput(control.value, control));
  if (onChange) control.addEventListener('change', () => onChange(control.value, control));
  return field({ id, label, hint, control, wide });
}

/** A radio group with fieldset/legend. options: [{value, label, hint}] */
export function radioGroup({ id, legend, hint, options, value, onChange, inline = false }) {
  const fs = h('fieldset', { id, 'aria-describedby': `${id}-error` },
    h('legend', { text: legend }),
    hint ? h('span', { class: 'hint', text: hint }) : null);
  const wrap = h('div', { class: inline ? 'choices-inline' : '' });
  for (const o of options) {
    const rid = `${id}-${o.value}`;
    const input = h('input', { type: 'radio', name: id, id: rid, value: String(o.value) });
    input.checked = value !== undefined && value !== null && String(value) === String(o.value);
    input.addEventListener('change', () => { if (input.checked) onChange(o.value); });
    wrap.append(h('div', { class: 'choice' }, input,
      h('div', {}, h('label', { for: rid, text: o.label }), o.hint ? h('span', { class: 'hint', text: o.hint }) : null)));
  }
  fs.append(wrap, h('p', { class: 'error', id: `${id}-error`, 'aria-live': 'polite' }));
  return fs;
}

/** A checkbox with its label and an optional hint. */
export function checkbox({ id, label, hint, checked, onChange }) {
  const input = h('input', { type: 'checkbox', id });
  input.checked = !!checked;
  if (hint) input.setAttribute('aria-describedby', `${id}-hint`);
  input.addEventListener('change', () => onChange(input.checked));
  return h('div', { class: 'choice' }, input,
    h('div', {}, h('label', { for: id, text: label }), hint ? h('span', { class: 'hint', id: `${id}-hint`, text: hint }) : null));
}

/** Shows or clears the error of field `id` (text in #id-error, aria-invalid on the control). */
export function setError(id, message) {
  const err = document.getElementById(`${id}-error`);
  const ctl = document.getElementById(id);
  if (err) err.textContent = bidi(message || '');
  if (ctl && ctl.tagName !== 'FIELDSET') {
    if (message) ctl.setAttribute('aria-invalid', 'true');
    else ctl.removeAttribute('aria-invalid');
  }
}

/** Sets the confirmation note under field `id`. */
export function setNote(id, text, warn = false) {
  const n = document.getElementById(`${id}-note`);
  if (n) {
    n.textContent = bidi(text || '');
    n.className = warn ? 'warn-note' : 'ok-note';
  }
}

/** Asks for confirmation in a modal dialog; resolves true or false. */
export function confirmDialog(title, text, okLabel) {
  const d = document.getElementById('confirm-dialog');
  document.getElementById('confirm-title').textContent = bidi(title);
  document.getElementById('confirm-text').textContent = bidi(text);
  const ok = document.getElementById('confirm-ok');
  const cancel = document.getElementById('confirm-cancel');
  ok.textContent = okLabel;
  cancel.textContent = t('cancel');
  const back = document.activeElement;
  return new Promise((resolve) => {
    const done = (v) => {
      ok.onclick = cancel.onclick = null;
      d.removeEventListener('cancel', onCancel);
      d.close();
      if (back && back.focus) back.focus();
      resolve(v);
    };
    const onCancel = (e) => { e.preventDefault(); done(false); };
    ok.onclick = () => done(true);
    cancel.onclick = () => done(false);
    d.addEventListener('cancel', onCancel);
    d.showModal();
    cancel.focus();
  });
}
