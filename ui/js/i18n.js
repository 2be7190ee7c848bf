// UI strings: every visible text comes from the Fluent files (ui-* ids),
// formatted by the core; placeholders {$name} are filled here.
import { call } from './ipc.js';

let strings = {};
let current = 'nb';
/** The core's view of the UI language: {current, languages, unreviewed_note, terms, …}. */
let view = null;

export async function loadStrings(lang) {
  const [s, v] = await Promise.all([call('ui_strings', { lang }), call('ui_language', { lang })]);
  useStrings(s, v);
}

/** Takes `s` (as `ui_strings`) and `v` (as `ui_language`) as the UI's strings and language. */
export function useStrings(s, v) {
  strings = s;
  view = v;
  current = v.current.code;
  // Direction first, so text set from now on is isolated the right way.
  document.documentElement.dir = v.current.dir;
  document.documentElement.lang = v.current.bcp47;
}

export function uiLang() {
  return current;
}

/** The UI language as the core describes it (see `ui_language`). */
export function languageView() {
  return view;
}

/** The BCP 47 tag of a language code (for `lang` attributes), from the core. */
export function langTag(code) {
  const l = view && view.languages.find((x) => x.code === code);
  return l ? l.bcp47 : null;
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

/** The locale for Intl formatting: Norwegian grouping in nb/nn, British
 * English in en, and the language's CLDR conventions with Latin digits
 * (`-u-nu-latn`, as the core's fmt) in the other languages. */
function numberLocale() {
  if (current === 'en') return 'en-GB';
  if (current === 'nb' || current === 'nn') return 'nb-NO';
  return `${langTag(current) || current}-u-nu-latn`;
}

/** Number formatting for amounts (NBSP grouping in nb/nn). */
export function amount(n) {
  if (n === null || n === undefined || n === '') return '';
  return new Intl.NumberFormat(numberLocale(), { maximumFractionDigits: 2 }).format(n);
}

/** A decimal number the local way: "2,5" (nb, nn, uk) or "2.5". */
export function decimal(n) {
  return new Intl.NumberFormat(numberLocale(), { maximumFractionDigits: 2, useGrouping: false }).format(n);
}

/** An ISO date shown the local way: 09.11.2026 (nb, nn); 2026-11-09 in the
 * other languages, which no reader misreads. Other text is returned as it is. */
export function shortDate(v) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v || '');
  if (!m || (current !== 'nb' && current !== 'nn')) return v || '';
  return `${m[3]}.${m[2]}.${m[1]}`;
}
