"""Copies of a stored text (a wire story in a second outlet, a reprint) are sources of its timeline entries."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from tests.link.conftest import add

from dateline.link import story_timeline
from dateline.link.duplicates import content_hash, fingerprint
from dateline.records import Analysis, Event
from dateline.store import SqliteStore

SENTENCE = "Russia and Ukraine exchanged 1,200 prisoners on July 23, officials said."
TEXT = f"{SENTENCE} The swap was brokered by Turkey."


def _talks(store: SqliteStore) -> int:
    event = Event(0, 0, len(SENTENCE), SENTENCE, "exchange", "EXCHANGE", "2025-07-23", "day", "expression",
                  "russia", "ukraine", summary="Russia and Ukraine exchanged 1,200 prisoners")
    return add(store, "Prisoner swap", TEXT, date(2025, 7, 24), outlet="reuters.com",
               analysis=Analysis(events=(event,)))


def test_exact_copies_and_reprints_that_print_the_sentence_are_copy_sources(store: SqliteStore) -> None:
    original = _talks(store)
    stored = store.get_article(original)
    reprint_text = "Reprinted: " + TEXT
    edited_text = "Russia and Ukraine swapped prisoners, officials said. The swap was brokered by Turkey."
    with store.transaction():
        assert store.add_copy(original, "ap-copy.txt", None, "AP")
        assert not store.add_copy(original, "ap-copy.txt", None, "AP")  # recorded once
        reprint = store.add_article(replace(stored.article, origin="yahoo", outlet="Yahoo", url="https://yahoo/x",
                                            text=reprint_text), Analysis(), content_hash(reprint_text),
                                    fingerprint(reprint_text), duplicate_of=original)
        store.add_article(replace(stored.article, origin="msn", outlet="MSN", text=edited_text), Analysis(),
                          content_hash(edited_text), fingerprint(edited_text), duplicate_of=original)
    copies = store.get_article(original, copies=True).copies
    assert [(c.outlet, c.reprint_id) for c in copies] == [("AP", None), ("Yahoo", reprint), ("MSN", reprint + 1)]
    story = store.get_article(original).story_id
    assert story is not None
    (entry,) = story_timeline(store, story).entries
    # MSN's edited reprint lacks the sentence word for word, so it is not cited for it.
    assert [(s.outlet, s.article_id, s.copy_of) for s in entry.sources] == [
        ("reuters.com", original, None), ("AP", original, original), ("Yahoo", reprint, original)]
    assert {s.sentence for s in entry.sources} == {SENTENCE}


def test_a_reprint_adds_roles_only_where_it_edited(store: SqliteStore) -> None:
    from dateline.link.timeline import edited_parts
    from dateline.records import Mention, Sentence

    original = store.get_article(_talks(store))
    first, second = "Trump threatened Russia on July 14.", "The former president spoke on July 15."
    text = f"{first} {second}"
    event = original.analysis.events[0]
    sentences = (Sentence(0, 0, len(first), first), Sentence(1, len(first) + 1, len(text), second))
    mentions = (Mention(0, 5, "Trump", "donald trump", "PERSON"),
                Mention(len(first) + 5, len(first) + 20, "former president", "donald trump", "PERSON"))
    analysis = Analysis(sentences=sentences, events=(replace(event, sentence=first), replace(event, sentence=second)),
                        mentions=mentions)
    reprint = replace(original, id=99, duplicate_of=original.id, article=replace(original.article, text=text),
                      analysis=analysis)
    base = replace(original, article=replace(original.article, text=f"Officials said so. {first}"))
    (edited,) = edited_parts([base], [reprint])
    assert [e.sentence for e in edited.analysis.events] == [second]  # the first sentence is the original's
    assert [m.text for m in edited.analysis.mentions] == ["former president"]


def test_a_reprints_edits_dated_from_a_guessed_day_are_flagged_as_guesses(store: SqliteStore) -> None:
    from datetime import date as day

    from dateline.link.timeline import build_timeline
    from dateline.records import PublicationDate, Story

    original = store.get_article(_talks(store))
    edit = "Russia and Ukraine exchanged 1,300 prisoners on July 23, officials said."
    guess = PublicationDate(day(2025, 7, 20), day(2025, 7, 30), "inferred", confidence=0.2)
    article = replace(original.article, text=f"{edit} The swap was brokered by Turkey.", published=guess)
    reprint = replace(original, id=99, duplicate_of=original.id, article=article,
                      analysis=Analysis(events=(replace(original.analysis.events[0], sentence=edit),)))
    story = Story(1, "swap", (original.id,), ("reuters.com",), "2025-07-24", "2025-07-24")
    assert build_timeline(story, [original], [reprint]).guessed == (99,)
    assert build_timeline(story, [original]).guessed == ()


def test_fingerprint_similarity_reads_its_signature_from_any_buffer() -> None:
    # The near-duplicate check compares 64-bit MinHash values without numpy (loaded only when merging events);
    # a store driver may hand the signature back as a memoryview.
    import dataclasses

    from dateline.link.duplicates import fingerprint, is_near_duplicate

    text = " ".join(f"word{i}" for i in range(300))
    one, edited = fingerprint(text), fingerprint(text.replace("word150", "changed"))
    assert one.similarity(one) == 1.0 and 0.8 < one.similarity(edited) < 1.0
    viewed = dataclasses.replace(one, signature=memoryview(one.signature))  # type: ignore[arg-type]
    assert viewed.similarity(one) == 1.0 and is_near_duplicate(viewed, edited)
    assert one.similarity(fingerprint("something else entirely, with other words")) < 0.2
