//! The main path through the app (issue 5's "done when" case): a spouse
//! whose sponsor's income is too low, refusal received 9 November 2026,
//! from the start screen to an exported PDF. Each step can be driven with
//! the keyboard only ([`Input::Keyboard`]: Tab, Shift+Tab, arrows, Space,
//! Enter and typing) or with the pointer ([`Input::Pointer`]: clicks and
//! WebDriver typing, faster).
use crate::App;
use fantoccini::key::Key;
use serde_json::{Value, json};
use std::time::Duration;

/// How the test drives the controls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    Keyboard,
    Pointer,
}

/// An answer to an interview question `#q-<fact>`.
#[derive(Debug, Clone, Copy)]
pub enum Answer {
    /// A radio value (`#q-<fact>-<value>`; yes/no are `true`/`false`).
    Choice(&'static str),
    /// Text typed into `input#q-<fact>`.
    Text(&'static str),
}

/// Everything the user enters in the main path, in one UI language.
#[derive(Debug, Clone)]
pub struct Scenario {
    /// UI language and so letter language (`nb`, `en`).
    pub lang: &'static str,
    pub given_name: &'static str,
    pub family_name: &'static str,
    pub birth_date: &'static str,
    pub citizenship: &'static str,
    pub address: &'static str,
    pub phone: &'static str,
    pub email: &'static str,
    pub decided: &'static str,
    pub received: &'static str,
    pub reference: &'static str,
    pub duf: &'static str,
    /// The DUF number as the app shows it.
    pub duf_display: &'static str,
    /// The deadline as the app writes it (three weeks after 9 November 2026).
    pub deadline_long: &'static str,
    /// The user's own grounds for the future-income requirement.
    pub grounds: &'static str,
    pub signed_place: &'static str,
    /// Interview answers by fact.
    pub answers: Vec<(&'static str, Answer)>,
    /// Interview facts deliberately left empty (optional questions).
    pub left_empty: Vec<&'static str>,
    /// "Today" is after the deadline: the late-klage path.
    pub late: bool,
    /// Why the klage is late (typed into `#late_reason` wherever it is shown).
    pub late_reason: Option<&'static str>,
}

impl Scenario {
    /// The spouse case of issue 5 in `lang` (`nb` or `en`): the interview asks
    /// only what the rules report missing for a Norwegian sponsor.
    pub fn spouse_low_income(lang: &'static str) -> Scenario {
        let en = lang == "en";
        Scenario {
            lang,
            given_name: "Amina",
            family_name: "Haddad",
            birth_date: "1994-09-30",
            citizenship: if en { "Morocco" } else { "Marokko" },
            address: "Rue Tarik 12\n20000 Casablanca",
            phone: "+212 600 123 456",
            email: "amina.haddad@example.com",
            // Bokmål in the form the hint asks for, English as ISO: both are accepted.
            decided: if en { "2026-11-04" } else { "04.11.2026" },
            received: if en { "2026-11-09" } else { "09.11.2026" },
            reference: "26/04711",
            duf: "201017238203",
            duf_display: "2010 172382 03",
            deadline_long: if en {
                "30 November 2026"
            } else {
                "30. november 2026"
            },
            grounds: if en {
                "My husband has had a permanent job since 1 November 2026 and now earns 480000 kroner a year."
            } else {
                "Min ektefelle har fast jobb fra 1. november 2026 og tjener nå 480000 kroner i året."
            },
            signed_place: "Casablanca",
            answers: vec![
                ("relation", Answer::Choice("spouse")),
                ("sponsor_status", Answer::Choice("norwegian_citizen")),
                ("sponsor_birth_date", Answer::Text("1990-04-12")),
                ("applicant_birth_date", Answer::Text("1994-09-30")),
                ("sponsor_pension_type", Answer::Choice("none")),
                ("is_renewal", Answer::Choice("false")),
                ("application_registered", Answer::Text("2026-03-02")),
                ("sponsor_future_income", Answer::Text("350000")),
                ("applicant_lawful_income_norway", Answer::Text("0")),
                ("sponsor_in_higher_education", Answer::Choice("false")),
                ("sponsor_past_income_exemption", Answer::Choice("none")),
                ("sponsor_past_income", Answer::Text("340000")),
                ("sponsor_past_income_by_year-2026", Answer::Text("360000")),
                ("social_assistance_last_paid", Answer::Choice("never")),
                ("will_live_together", Answer::Choice("true")),
                ("applicant_in_norway", Answer::Choice("false")),
            ],
            left_empty: vec![],
            late: false,
            late_reason: None,
        }
    }

    /// The same case opened after the deadline (on [`crate::TODAY_LATE`]).
    pub fn late(lang: &'static str) -> Scenario {
        let mut s = Scenario::spouse_low_income(lang);
        s.late = true;
        s.late_reason = Some(if lang == "en" {
            "I was in hospital from 12 November to 8 December 2026 and could not write the klage."
        } else {
            "Jeg lå på sykehus fra 12. november til 8. desember 2026 og kunne ikke skrive klagen."
        });
        s
    }

    /// The applicant's full name.
    pub fn name(&self) -> String {
        format!("{} {}", self.given_name, self.family_name)
    }
}

/// Collapses all whitespace to single spaces (PDF text is wrapped and justified).
pub fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl App {
    /// Waits until the UI has finished what the last action started: no
    /// command call under way (`<html data-ipc-pending="0">`, set by
    /// `ui/js/ipc.js`) on two polls in a row, a frame apart at least.
    pub async fn settle(&self) {
        let idle = "return (document.documentElement.dataset.ipcPending || '0') === '0';";
        let t0 = std::time::Instant::now();
        let mut quiet = 0;
        while quiet < 2 {
            if self.js(idle, vec![]).await == json!(true) {
                quiet += 1;
            } else {
                quiet = 0;
            }
            if t0.elapsed() > crate::WAIT {
                self.fail(&format!(
                    "the UI was still busy (a command call under way) after {} s",
                    crate::WAIT.as_secs()
                ))
                .await;
            }
            tokio::time::sleep(Duration::from_millis(20)).await; // poll interval of a condition wait
        }
    }

    /// Activates the button `#id`: Tab to it and press Enter, or click it.
    pub async fn activate(&mut self, id: &str, input: Input) {
        match input {
            Input::Keyboard => {
                self.tab_to(id, 150).await;
                self.press(Key::Enter).await;
            }
            Input::Pointer => self.click(&format!("#{id}")).await,
        }
        self.settle().await;
    }

    /// Replaces the text of field `#id` (newlines become Enter).
    pub async fn fill(&mut self, id: &str, text: &str, input: Input) {
        match input {
            Input::Keyboard => self.kb_type(id, text).await,
            Input::Pointer => {
                self.type_into(id, text).await;
                // Leave the field (its `change` handler runs), as a click elsewhere would.
                self.press(Key::Tab).await;
            }
        }
        self.settle().await;
    }

    /// Chooses the radio `#<group>-<value>` of `fieldset#<group>`: with the
    /// keyboard, Tab into the group and move with the arrow keys (Space when
    /// the focused radio is the one but not yet checked).
    pub async fn choose(&mut self, group: &str, value: &str, input: Input) {
        let target = format!("{group}-{value}");
        match input {
            Input::Pointer => self.click(&format!("#{target}")).await,
            Input::Keyboard => {
                self.tab_to(&format!("css:#{group} input[type=radio]"), 150)
                    .await;
                let mut seen = vec![];
                for _ in 0..20 {
                    let st = self
                        .js(
                            "const a = document.activeElement; return {id: a.id, checked: !!a.checked, radio: a.type === 'radio'};",
                            vec![],
                        )
                        .await;
                    let id = st["id"].as_str().unwrap_or_default().to_string();
                    if st["radio"] != json!(true) {
                        self.fail(&format!(
                            "focus left the radio group #{group} while moving with the arrow keys (now on #{id})"
                        ))
                        .await;
                    }
                    if id == target {
                        if st["checked"] != json!(true) {
                            self.press(Key::Space).await;
                        }
                        break;
                    }
                    seen.push(id);
                    self.press(Key::Down).await;
                    self.settle().await;
                }
            }
        }
        self.wait_js(
            &format!("#{target} to be checked"),
            crate::WAIT,
            &format!(
                "const e = document.getElementById({}); return !!e && e.checked;",
                json!(target)
            ),
        )
        .await;
        self.settle().await;
    }

    /// Sets the checkbox `#id` to `on` (Space or a click when it differs).
    pub async fn tick(&mut self, id: &str, on: bool, input: Input) {
        let checked = self
            .js(
                "return document.getElementById(arguments[0]).checked;",
                vec![json!(id)],
            )
            .await
            == json!(true);
        if checked != on {
            match input {
                Input::Keyboard => {
                    self.tab_to(id, 150).await;
                    self.press(Key::Space).await;
                }
                Input::Pointer => self.click(&format!("#{id}")).await,
            }
        }
        self.wait_js(
            &format!("#{id} checked = {on}"),
            crate::WAIT,
            &format!(
                "return document.getElementById({}).checked === {on};",
                json!(id)
            ),
        )
        .await;
        self.settle().await;
    }

    /// Chooses `value` in `<select id=id>`: with the keyboard, Tab to it and
    /// type the start of the option's label (type-ahead, no popup).
    pub async fn pick(&mut self, id: &str, value: &str, input: Input) {
        match input {
            Input::Pointer => self.select(id, value).await,
            Input::Keyboard => {
                let label = self
                    .js(
                        "const s = document.getElementById(arguments[0]); const o = [...s.options].find(o => o.value === arguments[1]); return o ? o.text : null;",
                        vec![json!(id), json!(value)],
                    )
                    .await;
                let Some(label) = label.as_str().map(str::to_string) else {
                    self.fail(&format!("#{id} has no option {value}")).await
                };
                self.tab_to(id, 150).await;
                self.type_keys(&label).await;
            }
        }
        self.wait_js(
            &format!("#{id} = {value}"),
            crate::WAIT,
            &format!(
                "return document.getElementById({}).value === {};",
                json!(id),
                json!(value)
            ),
        )
        .await;
        self.settle().await;
    }

    /// Fills `#late_reason` when this step shows it and the scenario is late.
    /// Returns whether it did.
    pub async fn late_reason_if_shown(&mut self, s: &Scenario, input: Input) -> bool {
        if let Some(reason) = s.late_reason
            && self.is_visible("#late_reason").await
        {
            self.fill("late_reason", reason, input).await;
            return true;
        }
        false
    }

    /// Next (`#next`) and wait for step `expect`.
    pub async fn next_step(&mut self, expect: &str, input: Input) {
        self.activate("next", input).await;
        self.step(expect).await;
    }

    /// Screenshot (for the README) and axe on the page as it is.
    pub async fn checkpoint(&mut self, what: &str, shot: Option<&str>) {
        self.no_missing_strings(what).await;
        self.axe(what).await;
        if let Some(name) = shot {
            // Show the top of the step (its heading), or the export result.
            self.js(
                "const d = document.getElementById('export-done');\
                 if (d && d.checkVisibility()) d.scrollIntoView({block: 'center'}); else window.scrollTo(0, 0);",
                vec![],
            )
            .await;
            self.settle().await;
            self.screenshot(name).await;
        }
    }

    /// Fails when a UI string id (`ui-…`) is shown instead of its text.
    pub async fn no_missing_strings(&self, what: &str) {
        let missing: Vec<String> = self
            .visible_strings()
            .await
            .into_iter()
            .filter(|s| {
                s.split_whitespace()
                    .any(|w| w.starts_with("ui-") && w.len() > 3 && !w.contains('.'))
            })
            .collect();
        if !missing.is_empty() {
            self.fail(&format!(
                "untranslated string ids shown on {what}: {missing:?}"
            ))
            .await;
        }
    }

    /// Start screen → New case → step `language`.
    pub async fn start_new_case(&mut self, input: Input, shots: bool) {
        self.step("start").await;
        self.checkpoint("start", shots.then_some("01-start")).await;
        self.activate("new-case", input).await;
        self.step("language").await;
    }

    /// Step 1: role "applicant"; the letter language follows the UI language.
    pub async fn language_step(&mut self, s: &Scenario, input: Input) {
        self.step("language").await;
        let letter = self.value("letter_language").await;
        assert_eq!(
            letter, s.lang,
            "a new case's letter language should be the UI language"
        );
        self.choose("role", "applicant", input).await;
        self.checkpoint("language", None).await;
        self.next_step("decision", input).await;
    }

    /// Step 2: the applicant and the decision.
    pub async fn decision_step(&mut self, s: &Scenario, input: Input, shots: bool) {
        self.step("decision").await;
        self.fill("applicant-given_name", s.given_name, input).await;
        self.fill("applicant-family_name", s.family_name, input)
            .await;
        self.fill("applicant-birth_date", s.birth_date, input).await;
        self.fill("applicant-citizenship", s.citizenship, input)
            .await;
        self.fill("applicant-address", s.address, input).await;
        self.fill("applicant-phone", s.phone, input).await;
        self.fill("applicant-email", s.email, input).await;
        self.choose("decision-authority", "UDI", input).await;
        self.fill("decision-date", s.decided, input).await;
        self.fill("decision-received", s.received, input).await;
        self.fill("decision-reference", s.reference, input).await;
        self.fill("duf", s.duf, input).await;
        // The DUF number is read back formatted, the dates with their weekday;
        // wait for these notes before ticking, so no click lands on a row that moved.
        let duf_display = s.duf_display;
        self.wait_js(
            "the DUF number read back in #duf-note",
            crate::WAIT,
            &format!(
                "const n = document.getElementById('duf-note'); return !!n && n.textContent.replace(/\\s+/g, ' ').includes({});",
                json!(duf_display)
            ),
        )
        .await;
        self.wait_js(
            "the received date read back in #decision-received-note",
            crate::WAIT,
            "const n = document.getElementById('decision-received-note'); return !!n && n.textContent.includes('2026');",
        )
        .await;
        self.tick("decision-refusal_grounds-underhold_fremtidig", true, input)
            .await;
        self.checkpoint("decision", shots.then_some("02-decision"))
            .await;
        self.next_step("deadline", input).await;
    }

    /// Step 3: the deadline is 30 November 2026 and still open on 25 November.
    pub async fn deadline_step(&mut self, s: &Scenario, input: Input, shots: bool) {
        self.step("deadline").await;
        let date = self.text("#deadline-date").await;
        assert!(
            squash(&date).contains(s.deadline_long),
            "#deadline-date shows {date:?}, expected {:?}",
            s.deadline_long
        );
        let status = self.text("#deadline-status").await;
        let class = self
            .js(
                "return document.getElementById('deadline-status').className;",
                vec![],
            )
            .await;
        if s.late {
            assert!(
                class.as_str().is_some_and(|c| c.contains("passed")),
                "#deadline-status should show a passed deadline on 10 December: {status:?} (class {class})"
            );
            let advice = self
                .js(
                    "const a = document.getElementById('deadline-advice'); return a ? a.className + ' | ' + a.innerText : null;",
                    vec![],
                )
                .await;
            assert!(
                advice
                    .as_str()
                    .is_some_and(|a| a.contains("bad") && a.contains("31")),
                "#deadline-advice should explain the late klage (fvl. § 31): {advice}"
            );
        } else {
            assert!(
                status.contains('5'),
                "#deadline-status should say 5 days are left (25 → 30 November): {status:?}"
            );
        }
        self.late_reason_if_shown(s, input).await;
        self.checkpoint("deadline", shots.then_some("03-deadline"))
            .await;
        self.next_step("check", input).await;
    }

    /// The visible question ids on the current check screen, in page order.
    async fn visible_questions(&self) -> Vec<String> {
        let v = self
            .js(
                "return [...document.querySelectorAll('section[data-step=check] fieldset[id^=\"q-\"], section[data-step=check] input[id^=\"q-\"]:not([type=radio]), section[data-step=check] textarea[id^=\"q-\"], section[data-step=check] select[id^=\"q-\"]')]\
                 .filter(e => e.checkVisibility()).map(e => e.id);",
                vec![],
            )
            .await;
        v.as_array()
            .into_iter()
            .flatten()
            .filter_map(|x| x.as_str().map(str::to_string))
            .collect()
    }

    /// Step 4: answers every question screen, then checks the requirement
    /// cards: the future-income requirement is not met.
    pub async fn check_step(&mut self, s: &Scenario, input: Input, shots: bool) {
        self.step("check").await;
        let mut screens = 0;
        loop {
            self.wait_for("#check-screen-title").await;
            if self.is_visible("article[id^='req-']").await {
                break;
            }
            screens += 1;
            if screens > 15 {
                self.fail("more than 15 question screens in the check step")
                    .await;
            }
            let title = self.text("#check-screen-title").await;
            let mut done: Vec<String> = vec![];
            loop {
                let qs = self.visible_questions().await;
                let Some(qid) = qs.into_iter().find(|q| !done.contains(q)) else {
                    break;
                };
                done.push(qid.clone());
                let fact = qid.trim_start_matches("q-");
                match s.answers.iter().find(|(f, _)| *f == fact).map(|(_, a)| *a) {
                    Some(Answer::Choice(v)) => self.choose(&qid, v, input).await,
                    Some(Answer::Text(t)) => self.fill(&qid, t, input).await,
                    None if s.left_empty.contains(&fact) => {}
                    None => {
                        self.fail(&format!(
                            "the check screen {title:?} asks #{qid}, which this spouse case has no answer for"
                        ))
                        .await
                    }
                }
            }
            // Every answer was taken (no error under any field).
            let errors = self
                .js(
                    "return [...document.querySelectorAll('[id$=\"-error\"]')].filter(e => e.textContent.trim()).map(e => e.id + ': ' + e.textContent.trim());",
                    vec![],
                )
                .await;
            if errors.as_array().is_some_and(|a| !a.is_empty()) {
                self.fail(&format!("errors on check screen {title:?}: {errors}"))
                    .await;
            }
            self.checkpoint(&format!("check: {title}"), None).await;
            let progress = self.text("#check-progress").await;
            self.activate("next", input).await;
            // The next screen, or the same one stopped to show new questions.
            self.wait_js(
                "the next check screen",
                crate::WAIT,
                &format!(
                    "const p = document.getElementById('check-progress'); const h = document.getElementById('check-screen-title');\
                     return !!p && !!h && (p.textContent.trim() + '|' + h.textContent) !== {} || !!document.getElementById('check-new-questions');",
                    json!(format!("{progress}|{title}"))
                ),
            )
            .await;
        }
        let card = self
            .js(
                "const a = document.getElementById('req-underhold_fremtidig'); return a ? a.className : null;",
                vec![],
            )
            .await;
        if !card
            .as_str()
            .is_some_and(|c| c.split(' ').any(|x| x == "not_met"))
        {
            let status = self.text("#req-underhold_fremtidig").await;
            self.fail(&format!(
                "the future-income card should be not_met for 350 000 kr against 436 957 kr (computed from G 2026); class {card}, text {status:?}"
            ))
            .await;
        }
        self.checkpoint(
            "check: requirement cards",
            shots.then_some("04-check-cards"),
        )
        .await;
        self.next_step("grounds", input).await;
    }

    /// Step 5: the suggested argument is there; the user writes their own.
    pub async fn grounds_step(&mut self, s: &Scenario, input: Input, shots: bool) {
        self.step("grounds").await;
        let id = "grounds-underhold_fremtidig";
        self.wait_for(&format!("#{id}")).await;
        let suggested = self.value(id).await;
        assert!(
            !suggested.trim().is_empty(),
            "#{id} should be pre-filled with the core's suggested argument"
        );
        self.fill(id, s.grounds, input).await;
        // Other suggested arguments still hold placeholders ("[write here: …]"):
        // the letter cannot be exported with them (issue 9 § 4), so the user
        // deletes the ones they do not argue.
        let drafts = self
            .js(
                "return [...document.querySelectorAll('textarea[id^=\"grounds-\"]')]\
                 .filter(t => /\\[(skriv her|write here)/i.test(t.value)).map(t => t.id);",
                vec![],
            )
            .await;
        for d in drafts.as_array().cloned().unwrap_or_default() {
            if let Some(d) = d.as_str() {
                self.fill(d, "", input).await;
            }
        }
        self.late_reason_if_shown(s, input).await;
        self.checkpoint("grounds", shots.then_some("05-grounds"))
            .await;
        self.next_step("attachments", input).await;
    }

    /// Step 6: the attachment list (pre-filled from the check) is kept.
    pub async fn attachments_step(&mut self, input: Input) {
        self.step("attachments").await;
        self.checkpoint("attachments", None).await;
        self.next_step("representative", input).await;
    }

    /// Step 7: no representative.
    pub async fn representative_step(&mut self, input: Input) {
        self.step("representative").await;
        self.choose("has_representative", "no", input).await;
        self.checkpoint("representative", None).await;
        self.next_step("review", input).await;
    }

    /// Step 8: place of signing, preview, no problems, Export PDF; returns
    /// the PDF's text.
    pub async fn review_and_export(&mut self, s: &Scenario, input: Input, shots: bool) -> String {
        self.step("review").await;
        self.fill("signed_place", s.signed_place, input).await;
        self.late_reason_if_shown(s, input).await;
        let name = s.name();
        let ready = format!(
            "const p = document.getElementById('letter-preview'); return !!p && p.textContent.includes({}) && p.textContent.includes({});",
            json!(name),
            json!(format!("{}, ", s.signed_place))
        );
        let t0 = std::time::Instant::now();
        while self.js(&ready, vec![]).await != json!(true) {
            if t0.elapsed() > crate::WAIT {
                let problems = self.text("#letter-problems").await;
                let mut msg = format!(
                    "no letter preview with the applicant's name and the place within {} s; #letter-problems: {problems:?}",
                    crate::WAIT.as_secs()
                );
                if s.late_reason.is_some() && !self.is_visible("#late_reason").await {
                    msg.push_str(
                        "; the deadline has passed, but no step showed a field #late_reason for why the klage is late \
                         (the core needs case.late_reason for a late klage: late.reason_missing)",
                    );
                }
                self.fail(&msg).await;
            }
            tokio::time::sleep(Duration::from_millis(200)).await; // poll interval of a condition wait
        }
        // Errors (which stop the letter) are shown in a `.callout.warn`;
        // warnings and notes for the sender (where to send it, a figure to
        // check) may remain for a complete case.
        let errors = self.text("#letter-problems .callout.warn").await;
        if !errors.trim().is_empty() {
            self.fail(&format!(
                "the complete case still lists problems: {errors:?}"
            ))
            .await;
        }
        let preview = self.text("#letter-preview").await;
        self.checkpoint("review", shots.then_some("06-review"))
            .await;
        self.activate("export-pdf", input).await;
        self.wait_for("#export-done").await;
        let path = self.text("#export-path").await;
        assert_eq!(
            path,
            self.save_path.display().to_string(),
            "#export-path should name KLAGEHJELP_SAVE_PATH"
        );
        if input == Input::Keyboard {
            // The focus moves to "Open PDF" after the export.
            let f = self.focused().await;
            assert_eq!(f, "button#open-pdf", "focus after export");
        }
        self.checkpoint("review: export done", shots.then_some("07-export-done"))
            .await;
        let text = self.exported_pdf_text().await;
        let flat = squash(&text);
        for (what, needle) in [
            ("the applicant's name", name.as_str()),
            ("the DUF number", s.duf_display),
            ("the deadline", s.deadline_long),
            ("the user's grounds", s.grounds),
            ("the place of signing", s.signed_place),
        ] {
            assert!(
                flat.contains(&squash(needle)),
                "the exported PDF lacks {what} ({needle:?}). Its text:\n{text}"
            );
        }
        // The preview is the PDF's text.
        for line in preview
            .lines()
            .map(str::trim)
            .filter(|l| l.len() > 20)
            .take(5)
        {
            assert!(
                flat.contains(&squash(line)),
                "the preview line {line:?} is not in the PDF. PDF text:\n{text}"
            );
        }
        text
    }

    /// The whole main path; returns the PDF's text.
    pub async fn main_path(&mut self, s: &Scenario, input: Input, shots: bool) -> String {
        self.start_new_case(input, shots).await;
        self.language_step(s, input).await;
        self.decision_step(s, input, shots).await;
        self.deadline_step(s, input, shots).await;
        self.check_step(s, input, shots).await;
        self.grounds_step(s, input, shots).await;
        self.attachments_step(input).await;
        self.representative_step(input).await;
        self.review_and_export(s, input, shots).await
    }

    /// Waits until the autosaved case file (of the only case) satisfies
    /// `done`, and returns it; fails with the last version after `WAIT`.
    pub async fn saved_case_when(&self, what: &str, done: impl Fn(&Value) -> bool) -> Value {
        let t0 = std::time::Instant::now();
        loop {
            let case = self.try_saved_case();
            if let Some(c) = &case
                && done(c)
            {
                return case.unwrap_or_default();
            }
            if t0.elapsed() > crate::WAIT {
                self.fail(&format!(
                    "the saved case did not show {what} within {} s; last saved: {}",
                    crate::WAIT.as_secs(),
                    case.map(|c| c.to_string())
                        .unwrap_or_else(|| "nothing".into())
                ))
                .await;
            }
            tokio::time::sleep(Duration::from_millis(100)).await; // poll interval of a condition wait
        }
    }

    /// The saved case file, or None while there is none (or it cannot be read yet).
    pub fn try_saved_case(&self) -> Option<Value> {
        let dir = self.data_dir.join("cases");
        let file = std::fs::read_dir(&dir)
            .ok()?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .find(|p| p.to_string_lossy().ends_with(".klage.json"))?;
        serde_json::from_str(&std::fs::read_to_string(&file).ok()?).ok()
    }

    /// The saved case file of the (only) case in the data folder, as JSON.
    pub fn saved_case(&self) -> Value {
        let dir = self.data_dir.join("cases");
        let file = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("no cases folder {}: {e}", dir.display()))
            .filter_map(Result::ok)
            .map(|e| e.path())
            .find(|p| p.to_string_lossy().ends_with(".klage.json"))
            .unwrap_or_else(|| panic!("no saved case in {}", dir.display()));
        serde_json::from_str(&std::fs::read_to_string(&file).expect("read case"))
            .expect("case JSON")
    }
}
