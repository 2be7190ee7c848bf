// Start screen: saved cases (name, DUF, deadline, days left) with open,
// duplicate, delete (confirmed), export; import; a new case.
import { call } from './ipc.js';
import { t, uiLang } from './i18n.js';
import { h, confirmDialog } from './dom.js';
import { state } from './state.js';
import { btn, openCase, rerender } from './app.js';

let message = null; // {text, kind} shown once after an action

export async function render() {
  const lang = uiLang();
  const cases = await call('list_cases', { lang });
  const out = [];
  out.push(h('div', { class: 'hero' },
    h('p', { class: 'lead', text: t('start-lead') }),
    btn(t('new-case'), { id: 'new-case', class: 'primary', onclick: newCase })));
  if (state.settings.role === 'reception') {
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
      const name = c.name || t('unnamed-case');
      const days = c.days_text || '–';
      return h('tr', { 'data-case-id': c.id },
        h('th', { scope: 'row' }, c.error ? h('span', { class: 'error', text: c.error }) : name),
        h('td', { text: c.duf || '–' }),
        h('td', { text: c.deadline_long || '–' }),
        h('td', { text: days }),
        h('td', { class: 'actions' },
          btn(t('open'), { id: `open-${c.id}`, class: 'secondary small', 'aria-label': `${t('open')}: ${name}`, onclick: () => open(c.id), disabled: !!c.error }),
          btn(t('duplicate'), { id: `duplicate-${c.id}`, class: 'secondary small', 'aria-label': `${t('duplicate')}: ${name}`, onclick: () => duplicate(c.id) }),
          btn(t('export'), { id: `export-${c.id}`, class: 'secondary small', 'aria-label': `${t('export')}: ${name}`, onclick: () => exportCase(c.id) }),
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
  out.push(h('details', { class: 'data-dir', id: 'data-dir-note' },
    h('summary', { text: t('stored-where') }),
    h('p', { class: 'hint' }, t('stored-here'), ' ', h('span', { class: 'path', id: 'data-dir-path', dir: 'ltr', text: state.info.data_dir }))));
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
  } catch (e) {
    message = { text: e.message, kind: 'bad' };
  }
  await rerender();
  document.getElementById('new-case').focus();
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

async function importCase() {
  try {
    const id = await call('import_case', { lang: uiLang() });
    if (id) message = { text: t('imported') };
  } catch (e) {
    message = { text: e.message, kind: 'bad' };
  }
  await rerender();
}
