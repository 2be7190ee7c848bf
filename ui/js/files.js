// Attachments as files (step 6) and the combined PDF (review step). The core
// checks every file and builds the bundle; the app keeps a copy of each
// file with the case; this module only shows what they return and keeps the
// copies' paths (relative to the case file) in `attachments[].files`.
import { call } from './ipc.js';
import { t, uiLang } from './i18n.js';
import { h } from './dom.js';
import { state, changed, saveNow } from './state.js';
import { btn, rerender } from './app.js';

// What the core said about each path: {name, info, problem}.
const infos = new Map();
// Files refused when added, per attachment index: [{name, problem}].
const refused = new Map();

function sizeMb(bytes) {
  return (bytes / (1024 * 1024)).toFixed(1);
}

/** Asks the core about the files of the case it has not seen yet. */
export async function loadFileInfos(list) {
  const missing = list.flatMap((a) => a.files || []).filter((p) => !infos.has(p));
  if (!missing.length) return;
  try {
    for (const v of await call('attachment_files_info', { paths: missing, case_id: state.id, lang: uiLang() })) infos.set(v.path, v);
  } catch (e) {
    for (const p of missing) infos.set(p, { path: p, name: p, info: null, problem: e.message });
  }
}

/** Adds checked files to attachment `i`: the good ones to the case, the others shown with why. */
async function addViews(i, views, focusId) {
  const a = state.case.attachments[i];
  if (!a) return;
  a.files = a.files || [];
  const bad = [];
  for (const v of views) {
    infos.set(v.path, v);
    if (v.problem) bad.push(v);
    else if (!a.files.includes(v.path)) a.files.push(v.path);
  }
  refused.set(i, bad);
  changed();
  await rerender();
  const f = document.getElementById(bad.length ? `attachment-${i + 1}-refused` : focusId);
  if (f) f.focus();
}

async function pickFiles(i) {
  try {
    const views = await call('pick_attachment_files', { case_id: state.id, lang: uiLang() });
    if (views.length) await addViews(i, views, `attachment-${i + 1}-add-files`);
  } catch (e) {
    refused.set(i, [{ name: '', problem: e.message }]);
    await rerender();
  }
}

async function moveFile(i, j, delta) {
  const files = state.case.attachments[i].files;
  const k = j + delta;
  if (k < 0 || k >= files.length) return;
  [files[j], files[k]] = [files[k], files[j]];
  changed();
  await rerender();
  const id = `attachment-${i + 1}-file-${k + 1}-${delta < 0 ? 'up' : 'down'}`;
  const el = document.getElementById(id);
  (el && !el.disabled ? el : document.getElementById(`attachment-${i + 1}-file-${k + 1}-remove`)).focus();
}

async function removeFile(i, j) {
  const files = state.case.attachments[i].files;
  files.splice(j, 1);
  if (!files.length) delete state.case.attachments[i].files;
  changed();
  await rerender();
  const n = state.case.attachments[i].files ? Math.min(j + 1, files.length) : 0;
  const el = document.getElementById(n ? `attachment-${i + 1}-file-${n}-remove` : `attachment-${i + 1}-add-files`);
  if (el) el.focus();
}

/** The files of attachment `i` (0-based): each with its pages and size or its problem, keyboard reorder/remove, and "Add files". */
export function attachmentFiles(a, i) {
  const n = i + 1;
  const files = a.files || [];
  const label = t('attachment-n', { n });
  const ul = h('ul', { class: 'file-list', id: `attachment-${n}-files`, 'aria-label': `${t('bundle-files')}: ${label}` });
  files.forEach((p, j) => {
    const v = infos.get(p) || { name: p.split(/[\\/]/).pop(), info: null, problem: null };
    const id = `attachment-${n}-file-${j + 1}`;
    const what = `${v.name} (${label})`;
    ul.append(h('li', { id, 'data-path': p },
      h('span', { class: 'file-name', dir: 'ltr', text: v.name }),
      v.info
        ? h('span', { class: 'file-info', text: t('bundle-file-info', { pages: v.info.pages, size: sizeMb(v.info.bytes) }) })
        : null,
      v.problem ? h('span', { class: 'error', id: `${id}-problem`, text: v.problem }) : null,
      btn(t('bundle-move-up'), { class: 'secondary small', id: `${id}-up`, 'aria-label': `${t('bundle-move-up')}: ${what}`, disabled: j === 0, onclick: () => moveFile(i, j, -1) }),
      btn(t('bundle-move-down'), { class: 'secondary small', id: `${id}-down`, 'aria-label': `${t('bundle-move-down')}: ${what}`, disabled: j === files.length - 1, onclick: () => moveFile(i, j, 1) }),
      btn(t('bundle-remove-file'), { class: 'danger small', id: `${id}-remove`, 'aria-label': `${t('bundle-remove-file')}: ${what}`, onclick: () => removeFile(i, j) })));
  });
  const bad = refused.get(i) || [];
  return h('div', { class: 'attachment-files', 'data-attachment': String(i) },
    files.length ? ul : null,
    bad.length
      ? h('div', { class: 'callout warn', id: `attachment-${n}-refused`, role: 'alert', tabindex: '-1' },
        h('ul', {}, bad.map((b) => h('li', { text: b.problem }))))
      : null,
    btn(t('bundle-add-files'), { class: 'secondary small', id: `attachment-${n}-add-files`, 'aria-label': `${t('bundle-add-files')}: ${label}`, onclick: () => pickFiles(i) }));
}

/** The hints under the list: files can be dragged onto an attachment; copies are kept with the case. */
export function dropHint() {
  return [
    h('p', { class: 'hint', id: 'attachments-drop-hint', text: t('bundle-drop-hint') }),
    h('p', { class: 'hint', id: 'attachments-files-kept', text: t('files-kept') }),
  ];
}

// Drag and drop: Tauri gives the dropped files' paths. Dropped on an
// attachment, they join it; elsewhere on the step, each starts a new
// attachment named after the file.
const events = window.__TAURI__ && window.__TAURI__.event;
if (events) {
  events.listen('tauri://drag-drop', async (e) => {
    if (!document.querySelector('section[data-step="attachments"]')) return;
    const paths = (e.payload && e.payload.paths) || [];
    if (!paths.length) return;
    const pos = e.payload.position || { x: -1, y: -1 };
    const ratio = window.devicePixelRatio || 1;
    const el = document.elementFromPoint(pos.x / ratio, pos.y / ratio);
    const row = el && el.closest('li[data-attachment-row]');
    let views;
    try {
      views = await call('add_attachment_files', { case_id: state.id, paths, lang: uiLang() });
    } catch (err) {
      const i = row ? Number(row.dataset.attachmentRow) : -1;
      if (i >= 0) {
        refused.set(i, [{ name: '', problem: err.message }]);
        await rerender();
      }
      return;
    }
    if (row) {
      await addViews(Number(row.dataset.attachmentRow), views, `attachment-${Number(row.dataset.attachmentRow) + 1}-add-files`);
      return;
    }
    for (const v of views) {
      state.case.attachments.push({ title: v.name.replace(/\.[^.]+$/, '') });
      await addViews(state.case.attachments.length - 1, [v], `attachment-${state.case.attachments.length}`);
    }
  });
}

// ---------------------------------------------------------------- review: the bundle

let lastBundle = null;

/** "Make one PDF with attachments", its progress, and what was saved. */
export function bundleExport() {
  const progress = h('div', { id: 'bundle-busy', class: 'busy', role: 'status', hidden: true },
    h('progress', { id: 'bundle-progress', max: '1', value: '0', 'aria-labelledby': 'bundle-progress-text' }),
    h('span', { id: 'bundle-progress-text' }));
  return [
    h('p', { class: 'hint', id: 'export-bundle-help', text: t('bundle-export-help') }),
    h('div', { class: 'button-row' },
      btn(t('bundle-export'), { id: 'export-bundle', class: 'secondary', 'aria-describedby': 'export-bundle-help', onclick: exportBundle }),
      progress),
    h('p', { id: 'bundle-error', class: 'error', role: 'alert' }),
    bundleDone(),
  ];
}

function bundleDone() {
  const box = h('div', { id: 'bundle-done', class: 'callout ok', hidden: !lastBundle, role: 'status' });
  if (lastBundle) {
    const b = lastBundle;
    box.append(
      h('p', { id: 'bundle-summary', text: t('bundle-done', { pages: b.pages, size: sizeMb(b.bytes) }) }),
      h('p', {}, h('span', { class: 'path', id: 'bundle-path', dir: 'ltr', text: b.path })),
      ...b.notices.map((n) => h('p', { class: 'callout info', text: n })),
      h('div', { class: 'button-row' },
        btn(t('open-pdf'), { id: 'open-bundle', class: 'secondary', onclick: () => call('open_file', { file_id: b.file_id, lang: uiLang() }).catch(showError) }),
        btn(t('show-in-folder'), { id: 'show-bundle-in-folder', class: 'secondary', onclick: () => call('show_in_folder', { file_id: b.file_id, lang: uiLang() }).catch(showError) })));
  }
  return box;
}

function showError(e) {
  const el = document.getElementById('bundle-error');
  if (el) el.textContent = e.message || String(e);
}

async function exportBundle() {
  const button = document.getElementById('export-bundle');
  const busy = document.getElementById('bundle-busy');
  const bar = document.getElementById('bundle-progress');
  const text = document.getElementById('bundle-progress-text');
  document.getElementById('bundle-error').textContent = '';
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  busy.hidden = false;
  text.textContent = t('bundle-progress', { done: 0, total: 1 });
  let unlisten = null;
  if (events) {
    unlisten = await events.listen('klagehjelp://bundle-progress', (e) => {
      bar.max = String(e.payload.total);
      bar.value = String(e.payload.done);
      text.textContent = t('bundle-progress', { done: e.payload.done, total: e.payload.total });
    });
  }
  try {
    await saveNow();
    const w = await call('export_bundle', { case: state.case, case_id: state.id, lang: uiLang() });
    if (w) {
      lastBundle = w;
      document.getElementById('bundle-done').replaceWith(bundleDone());
      document.getElementById('open-bundle').focus();
    }
  } catch (e) {
    showError(e);
  } finally {
    if (unlisten) unlisten();
    busy.hidden = true;
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}
