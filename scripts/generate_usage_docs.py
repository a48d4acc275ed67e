"""Write docs/usage.md from the CLI's own --help texts, so the docs cannot drift from the tool.

Run: .venv/bin/python scripts/generate_usage_docs.py   (tests/test_usage_docs.py checks it is current)
"""

from __future__ import annotations

import sys
from pathlib import Path

import click
from click.testing import CliRunner

from dateline.cli import main

HEADER = """# Using Dateline

Generated from `dateline --help` by `scripts/generate_usage_docs.py`; do not edit by hand.

## JSON shapes (stable)

- `dateline stories --json`: `[{"id", "title", "articles": [article ids], "outlets": [...], "first_date",
  "last_date", "dates_guessed", "actors": [...]}]`; `dates_guessed` is true when no article's date was given
  or found and the dates shown are its articles' publication dates guessed from their text.
- `dateline timeline STORY --json`: `{"story": {...}, "events": [{"date": "2025-07-18" | "2025-07" | "2025",
  "precision", "date_label" ("1980s", "week of 2010-04-19"), "first_day", "last_day" (the ISO days the date
  covers; null when undated), "summary", "type", "actors": [...], "sources": [{"article_id", "outlet", "url", "sentence",
  "copy_of"}], "modality", "background", "importance", "article_date"}], "conflicts": [{"kind", "description",
  "sources": [...]}], "guessed_dates": [article ids], "undated_articles": [article ids], "not_analysed_articles":
  [article ids]}`; `article_date` is true
  when no sentence of the entry
  gives its date, which is then the publication day of the article reporting it (the text view marks it
  "(article date)"); `guessed_dates` lists the articles whose publication date is a
  low-confidence guess from their text (confidence < 0.5), on which the dates read from them rest;
  `undated_articles` those in English with no publication date that add no entry (ingest them again with --published);
  `not_analysed_articles` those not in English, stored but not analysed, which add no entry whatever their date.
  A source with `copy_of` set is another outlet's copy of that article's text (a wire story it printed), not an
  independent report; its `article_id` is the original's, or the reprint's when the copy was stored as one.
- `dateline digest STORY --json`: `{"story": {...}, "days": [{"date", "sentences": [source, ...]}],
  "guessed_dates": [article ids]}`.
- `dateline article ID --json`: metadata, `published` (`earliest`, `latest`, `method`: given | metadata |
  inferred, `confidence`, `evidence`), `text`, `removed` (page furniture with the rule that removed it),
  `analysis` (sentences, times, actors, mentions, quotes, events), `copies` (`[{"origin", "url", "outlet",
  "reprint_id"}]`: the other sources that printed its text; `reprint_id` is set for a reprint stored as its
  own article and for the copies of one).
- `dateline ingest --json`: `{"ingested": [{"origin", "article_id", "story_id", "title", "analysed_chars" (set
  when only the text's first characters were analysed), "language" (null for
  English; else the article is stored, not analysed), "undated" (true when no publication date was given, found
  or inferred)}], "duplicates":
  [{"origin", "of_article", "kind": "exact" | "near", "article_id" (a stored reprint's own id), "redated": null |
  {"published": "2025-07-24", "was": {"earliest", "latest", "method", ...} | null}, "kept": null |
  {"earliest", "latest", "method", ...}, "relabelled": null | {"outlet", "was"}, "copy_by": null | outlet or
  URL}], "failed": [{"origin",
  "reason"}], "unchanged_feeds": [url, ...]}`
  (feeds whose server answered that nothing changed since the store last read them); `redated` is set when an
  input already stored came with a publication date and re-dated the stored article: --published does
  unless it is another outlet's copy (--outlet names another outlet than the stored one); a feed entry's or
  JSONL record's date only where the stored date is missing or inferred from its text or URL, else that date is kept, and `kept` is it when the input gave another; `relabelled` is set when
  --outlet (or the web form's outlet) renamed the outlet of a stored article read again from the same file or
  URL, or stored without one; `copy_by` is set when the input was another source's copy of a stored text (another
  outlet, or an address on another site) and was recorded as such.
"""


def _commands(group: click.Group, prefix: str) -> list[tuple[str, click.Command]]:
    found: list[tuple[str, click.Command]] = []
    for name in sorted(group.commands):
        command = group.commands[name]
        found.append((f"{prefix} {name}", command))
        if isinstance(command, click.Group):
            found += _commands(command, f"{prefix} {name}")
    return found


def render() -> str:
    """The whole usage document."""
    runner = CliRunner()
    top = runner.invoke(main, ["--help"], prog_name="dateline", terminal_width=100).output
    parts = [HEADER, "## dateline\n", "```\n" + top + "```\n"]
    for path, _command in _commands(main, "dateline"):
        args = [*path.split()[1:], "--help"]
        parts.append(f"## {path}\n")
        parts.append("```\n" + runner.invoke(main, args, prog_name="dateline", terminal_width=100).output + "```\n")
    return "\n".join(parts)


if __name__ == "__main__":
    target = Path(__file__).resolve().parent.parent / "docs" / "usage.md"
    target.write_text(render(), encoding="utf-8")
    sys.stdout.write(f"wrote {target}\n")
