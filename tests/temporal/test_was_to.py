"""What "was to" happen is arranged and still ahead: "BP was to try another technique on Wednesday", read on the
Tuesday before, is the next day (a user test had the Wednesday before, told as happened)."""

from __future__ import annotations

from datetime import date

from dateline.temporal import tag_times

TUESDAY = date(2010, 5, 25)


def _value(text: str) -> str:
    return next(t.value for t in tag_times(text, TUESDAY) if t.type == "DATE")


def test_was_to_looks_ahead() -> None:
    assert _value("BP said it was to try another technique on Wednesday.") == "2010-05-26"
    assert _value("The talks were to resume on Friday.") == "2010-05-28"


def test_other_pasts_stay_past() -> None:
    assert _value("He was arrested on Wednesday.") == "2010-05-19"
    assert _value("The summit was to have been held on Wednesday.") == "2010-05-19"
    assert _value("It was to the surprise of many that he resigned on Wednesday.") == "2010-05-19"
    # the idiom "was to blame" is no arrangement (BP coverage says it often): the explosion was last Wednesday's
    assert _value("Investigators said BP was to blame for the explosion on Wednesday.") == "2010-05-19"
    assert _value("The executives said Transocean and Halliburton were to blame for the blast on Wednesday.") == (
        "2010-05-19"
    )
