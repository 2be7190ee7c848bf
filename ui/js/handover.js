// Encrypted hand-over: the passphrase dialogs of "Export encrypted…" and of
// Import when the chosen file is encrypted. The passphrase lives only in the
// dialog's fields and the one call that uses it; it is never saved, and the
// fields are emptied when the dialog closes.
import { call } from './ipc.js';
import { t, uiLang } from './i18n.js';
import { h, field, setError } from './dom.js';

/** A modal dialog with passphrase fields; `submit(values)` resolves to a
 * result (the dialog closes) or throws a UiError (shown at its field or
 * under the fields; the dialog stays). Resolves null when cancelled. */
function passphraseDialog({ id, title, text, fields, okLabel, submit, onInput }) {
  const inputs = fields.map((f) => {
    const control = h('input', { type: 'password', autocomplete: f.autocomplete || 'off', spellcheck: 'false', dir: 'auto' });
    return { ...f, control, el: field({ id: f.id, label: f.label, hint: f.hint, control, wide: true }) };
  });
  const general = h('p', { class: 'error', id: `${id}-error`, role: 'alert' });
  const busy = h('p', { class: 'hint', id: `${id}-busy`, 'aria-live': 'polite' });
  const ok = h('button', { type: 'submit', class: 'primary', id: `${id}-ok`, text: okLabel });
  const cancel = h('button', { type: 'button', class: 'secondary', id: `${id}-cancel`, text: t('cancel') });
  const form = h('form', { method: 'dialog' },
    h('h2', { id: `${id}-title`, text: title }),
    h('p', { id: `${id}-text`, text }),
    inputs.map((i) => i.el),
    general, busy,
    h('div', { class: 'button-row' }, cancel, ok));
  const dialog = h('dialog', { id, 'aria-labelledby': `${id}-title`, 'aria-describedby': `${id}-text` }, form);
  document.body.append(dialog);
  const back = document.activeElement;
  if (onInput) for (const i of inputs) i.control.addEventListener('input', () => onInput(inputs));
  return new Promise((resolve) => {
    let working = false;
    const close = (value) => {
      for (const i of inputs) i.control.value = '';
      dialog.close();
      dialog.remove();
      if (back && back.focus && document.contains(back)) back.focus();
      resolve(value);
    };
    cancel.addEventListener('click', () => { if (!working) close(null); });
    dialog.addEventListener('cancel', (e) => { e.preventDefault(); if (!working) close(null); });
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      if (working) return;
      for (const i of inputs) setError(i.id, '');
      general.textContent = '';
      working = true;
      ok.disabled = true;
      cancel.disabled = true;
      busy.textContent = t('handover-working');
      form.setAttribute('aria-busy', 'true');
      try {
        const values = Object.fromEntries(inputs.map((i) => [i.key, i.control.value]));
        const result = await submit(values);
        working = false;
        close(result);
      } catch (err) {
        working = false;
        ok.disabled = false;
        cancel.disabled = false;
        busy.textContent = '';
        form.removeAttribute('aria-busy');
        const at = inputs.find((i) => i.id === err.field);
        if (at) {
          setError(at.id, err.message);
          at.control.focus();
          at.control.select();
        } else {
          general.textContent = err.message || String(err);
        }
      }
    });
    dialog.showModal();
    inputs[0].control.focus();
  });
}

/** "Export encrypted…": asks the passphrase twice (with guidance on its
 * length), then the Save dialog. Resolves the written file or null. */
export async function exportEncrypted(id) {
  const lang = uiLang();
  const { min } = await call('passphrase_strength', { passphrase: '', lang });
  return passphraseDialog({
    id: 'handover-export-dialog',
    title: t('handover-export-title'),
    text: `${t('handover-export-text')} ${t('files-not-in-handover')}`,
    okLabel: t('handover-export'),
    fields: [
      { id: 'handover-passphrase', key: 'passphrase', label: t('handover-passphrase'), hint: t('handover-passphrase-hint', { min }), autocomplete: 'new-password' },
      { id: 'handover-passphrase-again', key: 'again', label: t('handover-passphrase-again'), autocomplete: 'new-password' },
    ],
    // The strength in words, from the core, as the passphrase is typed.
    onInput: async (inputs) => {
      const s = await call('passphrase_strength', { passphrase: inputs[0].control.value, lang });
      const note = document.getElementById('handover-passphrase-note');
      if (note) {
        note.textContent = inputs[0].control.value ? s.text : '';
        note.className = s.strength === 'too_short' ? 'warn-note' : 'ok-note';
      }
    },
    submit: (v) => call('export_case_encrypted', { id, passphrase: v.passphrase, passphrase_again: v.again, lang }),
  });
}

/** Import of an encrypted file: asks its passphrase until it opens the file
 * or the user cancels. Resolves the new case's id or null. */
export async function importEncrypted(fileName) {
  const lang = uiLang();
  const id = await passphraseDialog({
    id: 'handover-import-dialog',
    title: t('handover-import-title'),
    text: t('handover-import-text', { file: fileName }),
    okLabel: t('handover-open'),
    fields: [{ id: 'import-passphrase', key: 'passphrase', label: t('handover-passphrase'), autocomplete: 'off' }],
    submit: (v) => call('import_encrypted', { passphrase: v.passphrase, lang }),
  });
  if (id === null) await call('cancel_import', {});
  return id;
}
