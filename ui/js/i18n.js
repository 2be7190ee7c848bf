// UI strings: every visible text comes from the Fluent files (ui-* ids),
// formatted by the core; placeholders {$name} are filled here.
import { call } from './ipc.js';

let strings = {};
let current = 'nb';

export async function loadStrings(lang) {
  strings = await call('ui_strings', { lang });
  current = lang;
  document.documentElement.lang = { nb: 'nb-NO', nn: 'nn-NO', en: 'en' }[lang] || 'nb-NO';
}

export function uiLang() {
  return current;
}

/** The message `ui-<id>` with {$name} placeholders filled from args. */
export function t(id, args = {}) {
  const key = `ui-${id}`;
  const s = strings[key];
  if (s === undefined) {
    console.warn('missing string', key);
    return key;
  }
  return s.replace(/\{\s*\$([a-z_]+)\s*\}/gi, (m, name) => (name in args ? String(args[name]) : m));
}

/** Whether a string exists (for optional, data-driven texts). */
export function has(id) {
  return `ui-${id}` in strings;
}

/** Norwegian/English number formatting for amounts (NBSP grouping in nb/nn). */
export function amount(n) {
  if (n === null || n === undefined || n === '') return '';
  const locale = current === 'en' ? 'en-GB' : 'nb-NO';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n);
}

/** An ISO date shown the local way: 09.11.2026 (nb, nn) or 2026-11-09 (en). Other text is returned as it is. */
export function shortDate(v) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v || '');
  if (!m || current === 'en') return v || '';
  return `${m[3]}.${m[2]}.${m[1]}`;
}
