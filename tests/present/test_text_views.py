"""The text views: a big timeline entry quotes a few sentences, one per outlet first, and says how many more."""

from __future__ import annotations

from dateline.present.text import SHOWN_SENTENCES, render_timeline
from dateline.records import SourceRef, Story, Timeline, TimelineEntry


def test_an_entry_quotes_one_sentence_per_outlet_first_and_counts_the_rest() -> None:
    sources = [SourceRef(n, "guardian", None, f"Guardian sentence {n}.") for n in range(1, 20)]
    sources += [SourceRef(30, "bbc", None, "BBC sentence."), SourceRef(31, "reuters", None, "Reuters sentence."),
                SourceRef(32, "AP", None, "Guardian sentence 1.", copy_of=1)]
    entry = TimelineEntry("2009-04-28", "day", "flu", "OTHER", (), tuple(sources))
    story = Story(1, "Swine flu", (1,), ("guardian",), "2009-04-28", "2009-04-28")
    text = render_timeline(Timeline(story, (entry,)))
    quoted = [line.strip() for line in text.splitlines() if line.strip().startswith("“")]
    assert len(quoted) == SHOWN_SENTENCES
    assert quoted[:3] == ["“Guardian sentence 1.”", "“BBC sentence.”", "“Reuters sentence.”"]
    assert f"(and {21 - SHOWN_SENTENCES} more sentences: --json lists every source)" in text
    assert "copied by: AP" in text and "reported by: bbc, guardian, reuters" in text


def test_one_outlets_updates_printing_a_sentence_again_are_quoted_once() -> None:
    # A user test: BBC updates of one article printed "Drilling started on a relief well" twice under one entry.
    sources = (SourceRef(8, "bbc", None, "Drilling started on a relief well."),
               SourceRef(9, "bbc", None, "Drilling started on a  relief well."),
               SourceRef(12, "reuters", None, "Drilling started on a relief well."))
    entry = TimelineEntry("2010-05-02", "day", "Drilling started", "OTHER", (), sources)
    story = Story(1, "Oil spill", (8, 9, 12), ("bbc", "reuters"), "2010-05-02", "2010-05-02")
    quoted = [line.strip() for line in render_timeline(Timeline(story, (entry,))).splitlines()
              if line.strip().startswith("“")]
    assert quoted == ["“Drilling started on a relief well.”"] * 2  # BBC's once, Reuters' own telling


def test_a_week_label_widens_the_date_column_for_every_entry() -> None:
    # A user test: "week of 2010-04-19" ran into the entry's summary and its lines no longer lined up.
    week = TimelineEntry("2010-W16", "week", "Rig inspected", "OTHER", (), (SourceRef(1, "bbc", None, "Inspected."),))
    day = TimelineEntry("2010-04-20", "day", "Rig exploded", "OTHER", (), (SourceRef(2, "bbc", None, "Exploded."),))
    story = Story(1, "Oil spill", (1, 2), ("bbc",), "2010-04-19", "2010-04-20")
    lines = render_timeline(Timeline(story, (week, day))).splitlines()
    heads = [line for line in lines if "Rig " in line]
    assert heads[0].startswith("week of 2010-04-19  Rig inspected")  # no "[OTHER]": most entries' kind is noise
    assert heads[1].startswith("2010-04-20" + " " * 10 + "Rig exploded")
    column = heads[0].index("Rig")
    assert all(line.index("reported by") == column for line in lines if "reported by" in line)
    assert all(line.index("“") == column + 2 for line in lines if "“" in line)


def test_a_digest_sentence_telling_two_days_is_shown_once_and_pointed_to() -> None:
    # A user test: one lead printed in full under 2016-07-11 and 2016-07-12.
    from dateline.present.text import render_digest
    from dateline.records import Digest, DigestDay

    lead = SourceRef(40, "breitbart", None, "So we simply introduced a bill, legislation that revokes clearance.")
    other = SourceRef(17, "wapo", None, "The FBI said Tuesday that it will turn over thousands of emails.")
    story = Story(10, "Clearance bill", (17, 40), ("breitbart", "wapo"), "2016-07-11", "2016-07-12")
    text = render_digest(Digest(story, (DigestDay("2016-07-11", (lead,)), DigestDay("2016-07-12", (other, lead)))))
    assert text.count("So we simply introduced a bill") == 1
    assert "  • (also this day's: the sentence of article 40 shown under 2016-07-11)" in text.splitlines()


def test_a_timelinejs_slide_names_the_kind_in_words_and_never_other() -> None:
    """A user test: slides began "<p>OTHER, hypothetical</p>"."""
    from dateline.present.exports import timelinejs_document

    other = TimelineEntry("2010-04-20", "day", "Rig exploded", "OTHER", (), (SourceRef(2, "bbc", None, "Exploded."),))
    said = TimelineEntry("2010-04-21", "day", "BP said so", "STATEMENT", (), (SourceRef(3, "bbc", None, "Said."),))
    planned = TimelineEntry(
        "2010-04-22", "day", "BP will drill", "OTHER", (), (SourceRef(4, "bbc", None, "Will drill."),),
        modality="planned",
    )
    story = Story(1, "Oil spill", (2, 3, 4), ("bbc",), "2010-04-20", "2010-04-22")
    slides = timelinejs_document(Timeline(story, (other, said, planned)))["events"]
    texts = [slide["text"]["text"] for slide in slides]
    assert texts[0].startswith("<ul>") and "OTHER" not in "".join(texts)
    assert texts[1].startswith("<p>statement</p>") and texts[2].startswith("<p>planned</p>")


def test_an_empty_digest_does_not_blame_dates_alone() -> None:
    """A user test's one-article story was dated but not in English: the digest said its articles had no dates."""
    from dateline.present.text import render_digest
    from dateline.records import Digest

    text = render_digest(Digest(Story(4, "Диета Аткинса", (56,), ("example.ru",), "2010-05-01", "2010-05-01")))
    assert "not analysed" in text and "no dated sentences" in text
