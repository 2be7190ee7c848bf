// Asks for the start screen's data (strings, language, saved cases) as soon
// as the page starts loading, while the modules are still being fetched: the
// app has put it together since it started, so the start screen waits for
// one answer, not for rounds of calls after the modules have run (issue 11
// § 5). app.js takes the answer through ipc.js `startView`.
'use strict';
// Should the modules have run first (app.js then asked itself and left
// `klagehjelpStart` null), nothing is asked twice.
if (!('klagehjelpStart' in window)) {
  const core = window.__TAURI__ && window.__TAURI__.core;
  window.klagehjelpStart = core ? core.invoke('start_view') : null;
  // Handled where it is awaited; never an unhandled rejection before that.
  if (window.klagehjelpStart) window.klagehjelpStart.catch(() => {});
}
