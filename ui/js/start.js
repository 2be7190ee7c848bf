// Start screen: saved cases (name, DUF, deadline, days left) with open,
// duplicate, delete (confirmed), export; import; a new case.
import { call, working } from './ipc.js';
import { t, uiLang } from './i18n.js';
import { h, confirmDialog } from './dom.js';
import { state } from './state.js';
import { btn, openCase, rerender } from './app.js';
// Loaded when first used, not before the start screen (issue 11 § 5).
const handover = () => working(import('./handover.js'));

let message = null; // {text, kind} shown once after an action
let pending = null; // the saved cases that came with the start screen's data

/** The saved cases in `lang`, already read (with the start screen's data):
 * the first start screen lists them without asking again (issue 11 § 5). */
export function useCases(lang, cases) {
  pending = { lang, cases };
}

export async function render() {
  const lang = uiLang();
  const early = pending && pending.lang === lang ? pending.cases : null;
  pending = null;
  const cases = early || (await call('list_cases', { lang }));
  const out = [];
  out.push(h('div', { class: 'hero' },
    h('p', { class: 'lead', text: t('start-lead') }),
    btn(t('new-case'), { id: 'new-case', class: 'primary', onclick: newCase })));
  if (state.info.reception) {
    // Reception mode: what is kept and what is not, and how to end the session.
    out.push(h('div', { class: 'callout info', id: 'reception-mode-note' },
      h('h2', { text: t('reception-mode-title') }),
      h('p', { text: t('reception-mode-text') }),
      h('p', { text: t('reception-mode-kept') }),
      h('p', { id: 'reception-handover-note', text: t('handover-reception') }),
      btn(t('finish-session'), { id: 'finish-session', class: 'primary', onclick: finishSession })));
  } else if (state.settings.role === 'reception') {
    out.push(h('div', { class: 'callout info', id: 'reception-note' },
      h('h2', { text: t('reception-title') }),
      h('p', { text: t('reception-text') })));
  }
  const live = h('p', { id: 'start-message', role: 'status', class: message ? (message.kind === 'bad' ? 'error' : 'ok-note') : '', text: message ? message.text : '' });
  message = null;
  out.push(live);
  if (cases.length === 0) {
    out.push(h('p', { class: 'empty', id: 'no-cases', text: t('no-cases') }));
  } else {
    const rows = cases.map((c) => {
      // A file that cannot be read is listed by its file name, with what is wrong.
      const name = c.error ? c.file_name : (c.name || t('unnamed-case'));
      const days = c.days_text || '–';
      const head = c.error
        ? [h('span', { class: 'file-name', text: c.file_name }), ' ', h('span', { class: 'error', id: `case-error-${c.id}`, text: c.error }),
          c.has_backup ? btn(t('restore-backup'), { id: `restore-${c.id}`, class: 'secondary small', 'aria-describedby': `case-error-${c.id}`, onclick: () => restore(c.id, name) }) : null]
        : name;
      return h('tr', { 'data-case-id': c.id, class: c.error ? 'damaged' : '' },
        h('th', { scope: 'row' }, head),
        h('td', { text: c.duf || '–' }),
        h('td', { text: c.deadline_long || '–' }),
        h('td', { text: days }),
        h('td', { class: 'actions' },
          btn(t('open'), { id: `open-${c.id}`, class: 'secondary small', 'aria-label': `${t('open')}: ${name}`, onclick: () => open(c.id), disabled: !!c.error }),
          btn(t('duplicate'), { id: `duplicate-${c.id}`, class: 'secondary small', 'aria-label': `${t('duplicate')}: ${name}`, onclick: () => duplicate(c.id) }),
          btn(t('export'), { id: `export-${c.id}`, class: 'secondary small', 'aria-label': `${t('export')}: ${name}`, onclick: () => exportCase(c.id) }),
          c.error ? null : btn(t('export-encrypted'), { id: `export-encrypted-${c.id}`, class: state.info.reception ? 'primary small' : 'secondary small', 'aria-label': `${t('export-encrypted')}: ${name}`, onclick: () => exportCaseEncrypted(c.id) }),
          btn(t('delete'), { id: `delete-${c.id}`, class: 'danger small', 'aria-label': `${t('delete')}: ${name}`, onclick: () => remove(c.id, name) })));
    });
    out.push(h('table', { class: 'case-table', id: 'case-list' },
      h('caption', { text: t('saved-cases') }),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col', text: t('col-name') }),
        h('th', { scope: 'col', text: t('col-duf') }),
        h('th', { scope: 'col', text: t('col-deadline') }),
        h('th', { scope: 'col', text: t('col-days-left') }),
        h('th', { scope: 'col', text: t('col-actions') }))),
      h('tbody', {}, rows)));
  }
  out.push(h('div', { class: 'button-row' },
    btn(t('import'), { id: 'import-case', class: 'secondary', onclick: importCase })));
  // Where the cases are kept: folded away, the long path in small type.
  // This computer's choice of reception mode, from the next start.
  const receptionBox = h('input', { type: 'checkbox', id: 'reception-mode', checked: !!state.settings.reception_mode, onchange: (e) => setReceptionMode(e.target.checked) });
  out.push(h('details', { class: 'data-dir', id: 'data-dir-note' },
    h('summary', { text: t('stored-where') }),
    state.info.reception
      ? h('p', { class: 'hint', text: t('reception-mode-stored') })
      : h('p', { class: 'hint' }, t('stored-here'), ' ', h('span', { class: 'path', id: 'data-dir-path', dir: 'ltr', text: state.info.data_dir })),
    h('p', { class: 'check-row' }, receptionBox, ' ', h('label', { for: 'reception-mode', text: t('reception-mode-setting') })),
    h('p', { class: 'hint', id: 'reception-mode-hint', text: t('reception-mode-setting-hint') })));
  receptionBox.setAttribute('aria-describedby', 'reception-mode-hint');
  return out;
}

async function newCase() {
  const letterLang = uiLang();
  const opened = await call('new_case', { letter_language: letterLang, lang: uiLang() });
  await openCase(opened);
}

async function open(id) {
  try {
    await openCase(await call('load_case', { id, lang: uiLang() }));
  } catch (e) {
    message = { text: e.message, kind: 'bad' };
    await rerender();
  }
}

async function duplicate(id) {
  try {
    await call('duplicate_case', { id, lang: uiLang() });
    message = { text: t('duplicated') };
  } catch (e) {
    message = { text: e.message, kind: 'bad' };
  }
  await rerender();
}

async function remove(id, name) {
  const ok = await confirmDialog(t('delete-title'), t('delete-text', { name }), t('delete'));
  if (!ok) return;
  try {
    await call('delete_case', { id, lang: uiLang() });
    message = { text: t('deleted', { name }) };
    // The files exported from it in this session: offered for deletion too.
    const files = await call('exported_files', { case_id: id });
    if (files.length > 0) await offerToDeleteFiles(files);
  } catch (e) {
    message = { text: e.message, kind: 'bad' };
  }
  await rerender();
  document.getElementById('new-case').focus();
}

/** Asks whether to delete files the app exported; deletes them if so. */
async function offerToDeleteFiles(files) {
  const list = files.map((f) => f.path).join('\n');
  const yes = await confirmDialog(t('delete-files-title'), t('delete-files-text', { count: files.length, files: list }), t('delete-files'));
  if (!yes) return;
  const n = await call('delete_exported', { file_ids: files.map((f) => f.file_id), lang: uiLang() });
  message = { text: `${message ? message.text + ' ' : ''}${t('deleted-files', { count: n })}` };
}

async function finishSession() {
  const ok = await confirmDialog(t('finish-session-title'), t('finish-session-text'), t('finish-session'));
  if (!ok) return;
  try {
    const done = await call('finish_session', {});
    message = { text: t('session-finished') };
    if (done.files.length > 0) await offerToDeleteFiles(done.files);
  } catch (e) {
    message = { text: e.message, kind: 'bad' };
  }
  state.settings.role = null;
  await rerender();
  document.getElementById('new-case').focus();
}

async function setReceptionMode(on) {
  try {
    await call('set_reception_mode', { on, lang: uiLang() });
    state.settings.reception_mode = on;
    message = { text: t(on ? 'reception-mode-on' : 'reception-mode-off') };
  } catch (e) {
    message = { text: e.message, kind: 'bad' };
  }
  await rerender();
}

async function restore(id, name) {
  const ok = await confirmDialog(t('restore-backup-title'), t('restore-backup-text', { name }), t('restore-backup'));
  if (!ok) return;
  try {
    await call('restore_backup', { id, lang: uiLang() });
    message = { text: t('restored-backup', { name }) };
  } catch (e) {
    message = { text: e.message, kind: 'bad' };
  }
  await rerender();
}

async function exportCase(id) {
  try {
    const w = await call('export_case', { id, lang: uiLang() });
    if (w) message = { text: t('exported-to', { path: w.path }) };
  } catch (e) {
    message = { text: e.message, kind: 'bad' };
  }
  await rerender();
}

async function exportCaseEncrypted(id) {
  try {
    const w = await (await handover()).exportEncrypted(id);
    if (w) message = { text: t('handover-exported', { path: w.path }) };
  } catch (e) {
    message = { text: e.message, kind: 'bad' };
  }
  await rerender();
}

async function importCase() {
  try {
    const found = await call('import_case', { lang: uiLang() });
    if (found && found.needs_passphrase) {
      // An encrypted file: its passphrase is asked until it opens or the user cancels.
      const id = await (await handover()).importEncrypted(found.file_name);
      if (id) message = { text: t('handover-imported') };
    } else if (found && found.id) {
      message = { text: t('imported') };
    }
  } catch (e) {
    message = { text: e.message, kind: 'bad' };
  }
  await rerender();
}
