//! The small line-based markup that the letter templates produce, and its
//! parser into [`pdf::Block`]s.
//!
//! Every block starts on a line of its own with a marker:
//!
//! | line | block |
//! |---|---|
//! | `@title TEXT` | [`Block::Title`] |
//! | `@heading TEXT` | [`Block::Heading`] |
//! | `@p TEXT` | [`Block::Paragraph`] |
//! | `@lines` then `@line TEXT` … | [`Block::Lines`] |
//! | `@recipient` then `@line TEXT` … | [`Block::Recipient`] |
//! | `@item LABEL \| TEXT` | [`Block::ListItem`] |
//! | `@space POINTS` | [`Block::Space`] |
//! | `@sign CAPTION` | [`Block::Signature`] |
//! | `@pagebreak` | [`Block::PageBreak`] |
//! | `@cut` | [`Block::CutLine`] |
//! | `@part ID [ARG]` | no block: the blocks after it, up to the next `@part`, are part `ID` of the letter |
//!
//! The `@part` marks let [`parse_parts`] say which part of the letter (the
//! decision, the request, the applicant's own words …) each block is, so the
//! letter can be explained paragraph by paragraph in the reader's language
//! from the very blocks the PDF is made of.
//!
//! A line without a marker continues the text of the block above it (joined
//! with a space), so templates can wrap long paragraphs. Blank lines are
//! ignored.
//!
//! **User text can never become markup.** Every value a template prints with
//! `{{ … }}` goes through [`escape`] (the template engine's formatter for our
//! templates): a line break becomes `\n`, `@` becomes `\@` and `\` becomes
//! `\\`. Escaped text therefore never starts a line and never contains a
//! marker; the parser turns the escapes back into the user's characters.
use crate::pdf::Block;

/// Escapes text for the markup: see the module documentation.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '@' => out.push_str("\\@"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Reverses [`escape`]: `\\` → `\`, `\@` → `@`, `\n` → line break.
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// A template produced markup the parser does not understand (a bug in a
/// template, caught by the tests; never caused by user text).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("letter markup, line {line}: {why}: {text:?}")]
pub struct MarkupError {
    pub line: usize,
    pub why: &'static str,
    pub text: String,
}

#[derive(Debug)]
enum Open {
    Title(String),
    Heading(String),
    Paragraph(String),
    Lines(Vec<String>, bool),
    Item(String, String),
}

impl Open {
    fn text_mut(&mut self) -> &mut String {
        match self {
            Open::Title(s) | Open::Heading(s) | Open::Paragraph(s) | Open::Item(_, s) => s,
            Open::Lines(v, _) => {
                if v.is_empty() {
                    v.push(String::new());
                }
                v.last_mut().expect("non-empty")
            }
        }
    }

    fn close(self, out: &mut Vec<Block>) {
        let one_line = |s: String| unescape(&s).replace('\n', " ").trim().to_string();
        match self {
            Open::Title(s) => push_nonempty(out, one_line(s), Block::Title),
            Open::Heading(s) => push_nonempty(out, one_line(s), Block::Heading),
            Open::Paragraph(s) => {
                let text = unescape(&s);
                let text = text.trim_matches(|c| c == ' ' || c == '\n').to_string();
                push_nonempty(out, text, Block::Paragraph)
            }
            Open::Item(label, s) => {
                let text = unescape(&s).trim().to_string();
                if !text.is_empty() {
                    out.push(Block::ListItem {
                        label: one_line(label),
                        text,
                    });
                }
            }
            Open::Lines(v, recipient) => {
                let lines: Vec<String> = v
                    .iter()
                    .flat_map(|l| {
                        unescape(l)
                            .split('\n')
                            .map(|x| x.trim().to_string())
                            .collect::<Vec<_>>()
                    })
                    .filter(|l| !l.is_empty())
                    .collect();
                if !lines.is_empty() {
                    out.push(if recipient {
                        Block::Recipient(lines)
                    } else {
                        Block::Lines(lines)
                    });
                }
            }
        }
    }
}

fn push_nonempty(out: &mut Vec<Block>, text: String, f: fn(String) -> Block) {
    if !text.is_empty() {
        out.push(f(text));
    }
}

fn append(target: &mut String, more: &str) {
    let more = more.trim();
    if more.is_empty() {
        return;
    }
    if !target.is_empty() && !target.ends_with("\\n") {
        target.push(' ');
    }
    target.push_str(more);
}

/// The part of the letter a block belongs to (`@part ID ARG`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PartTag {
    /// What the part is: `decision`, `request`, `own` (the applicant's own
    /// words) …; empty before the first `@part`.
    pub id: String,
    /// An argument, e.g. the requirement a ground is about; may be empty.
    pub arg: String,
}

/// Parses template output into blocks.
pub fn parse(src: &str) -> Result<Vec<Block>, MarkupError> {
    parse_parts(src).map(|v| v.into_iter().map(|(_, b)| b).collect())
}

/// Parses template output into blocks, each with the part it belongs to.
pub fn parse_parts(src: &str) -> Result<Vec<(PartTag, Block)>, MarkupError> {
    let mut out = Vec::new();
    let mut tags: Vec<PartTag> = Vec::new();
    let mut cur = PartTag::default();
    let sync = |out: &Vec<Block>, tags: &mut Vec<PartTag>, cur: &PartTag| {
        while tags.len() < out.len() {
            tags.push(cur.clone());
        }
    };
    let mut open: Option<Open> = None;
    for (i, raw) in src.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() {
            continue;
        }
        let err = |why| MarkupError {
            line: i + 1,
            why,
            text: raw.to_string(),
        };
        let Some(rest) = line.strip_prefix('@') else {
            match open.as_mut() {
                Some(o) => append(o.text_mut(), line),
                None => return Err(err("text outside a block")),
            }
            continue;
        };
        let (marker, arg) = match rest.split_once(' ') {
            Some((m, a)) => (m, a.trim()),
            None => (rest, ""),
        };
        if marker == "line" {
            match open.as_mut() {
                Some(Open::Lines(v, _)) => {
                    v.push(arg.to_string());
                    continue;
                }
                _ => return Err(err("@line outside @lines")),
            }
        }
        if let Some(o) = open.take() {
            o.close(&mut out);
        }
        sync(&out, &mut tags, &cur);
        match marker {
            "part" => {
                let (id, a) = arg.split_once(' ').unwrap_or((arg, ""));
                if id.is_empty() {
                    return Err(err("@part needs an id"));
                }
                cur = PartTag {
                    id: id.to_string(),
                    arg: unescape(a).trim().to_string(),
                };
            }
            "title" => open = Some(Open::Title(arg.to_string())),
            "heading" => open = Some(Open::Heading(arg.to_string())),
            "p" => open = Some(Open::Paragraph(arg.to_string())),
            "lines" => open = Some(Open::Lines(Vec::new(), false)),
            "recipient" => open = Some(Open::Lines(Vec::new(), true)),
            "item" => {
                let (label, text) = arg
                    .split_once(" | ")
                    .ok_or_else(|| err("@item without ' | '"))?;
                open = Some(Open::Item(label.to_string(), text.to_string()));
            }
            "space" => {
                let pt: f32 = arg.parse().map_err(|_| err("@space needs a number"))?;
                out.push(Block::Space(pt));
            }
            "sign" => out.push(Block::Signature {
                caption: unescape(arg).trim().to_string(),
            }),
            "pagebreak" => out.push(Block::PageBreak),
            "cut" => out.push(Block::CutLine),
            _ => return Err(err("unknown marker")),
        }
        sync(&out, &mut tags, &cur);
    }
    if let Some(o) = open.take() {
        o.close(&mut out);
    }
    sync(&out, &mut tags, &cur);
    Ok(tags.into_iter().zip(out).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_block_kind() {
        let src = "@recipient\n@line UDI\n@title KLAGE\n@lines\n@line A\n@line B\\nC\n\n@heading Grunner\n@p First part\n  continues here.\n@item 1. | One\n@space 12\n@sign Amina\n@pagebreak\n@cut\n";
        let blocks = parse(src).unwrap();
        assert_eq!(
            blocks,
            vec![
                Block::Recipient(vec!["UDI".into()]),
                Block::Title("KLAGE".into()),
                Block::Lines(vec!["A".into(), "B".into(), "C".into()]),
                Block::Heading("Grunner".into()),
                Block::Paragraph("First part continues here.".into()),
                Block::ListItem {
                    label: "1.".into(),
                    text: "One".into()
                },
                Block::Space(12.0),
                Block::Signature {
                    caption: "Amina".into()
                },
                Block::PageBreak,
                Block::CutLine,
            ]
        );
    }

    #[test]
    fn parts_tag_the_blocks_that_follow() {
        let src = format!(
            "@title T\n@part decision\n@heading H\n@p A\n@part ground {}\n@p B\n@space 3\n",
            escape("inntekt")
        );
        let v = parse_parts(&src).unwrap();
        let ids: Vec<(&str, &str)> = v
            .iter()
            .map(|(t, _)| (t.id.as_str(), t.arg.as_str()))
            .collect();
        assert_eq!(
            ids,
            vec![
                ("", ""),
                ("decision", ""),
                ("decision", ""),
                ("ground", "inntekt"),
                ("ground", "inntekt")
            ]
        );
        assert_eq!(parse(&src).unwrap().len(), 5);
        assert!(parse("@part\n").is_err());
    }

    #[test]
    fn escaped_user_text_cannot_become_markup() {
        let evil = "x\n@heading Evil\n@pagebreak\\n @title T";
        let src = format!("@p {}\n", escape(evil));
        let blocks = parse(&src).unwrap();
        assert_eq!(blocks, vec![Block::Paragraph(evil.to_string())]);
        // Even at the start of a continuation line.
        let src = format!("@p Intro\n{}\n", escape("@heading Evil"));
        assert_eq!(
            parse(&src).unwrap(),
            vec![Block::Paragraph("Intro @heading Evil".into())]
        );
    }

    #[test]
    fn template_bugs_are_errors() {
        assert!(parse("loose text").is_err());
        assert!(parse("@line x").is_err());
        assert!(parse("@bogus").is_err());
        assert!(parse("@space many").is_err());
    }

    #[test]
    fn escape_roundtrips() {
        for s in [
            "a\\b",
            "@@",
            "\\n literal",
            "line\nbreak",
            "{{ x }}",
            "æøå ễ",
        ] {
            assert_eq!(unescape(&escape(s)), s);
        }
    }
}
