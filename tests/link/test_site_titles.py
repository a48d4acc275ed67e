"""An article given without a title is titled by its own first lines, not by a site line its outlet printed before:
five of a user test's Washington Post records were titled "Explore all of our oil spill graphics to track the spill"."""

from __future__ import annotations

from pathlib import Path

from tests.link.conftest import ingest_records

from dateline.analyze import Analyzer
from dateline.store import SqliteStore

SITE_LINE = "Explore all of our oil spill graphics to track the spill and the response in the Gulf."


def _titles(store: SqliteStore) -> list[str]:
    return [str(row[0]) for row in store.conn.execute("SELECT title FROM articles ORDER BY id")]


def test_a_site_line_printed_before_does_not_title_the_next_article(
    store: SqliteStore, analyzer: Analyzer, tmp_path: Path
) -> None:
    records = [
        {"text": f"{SITE_LINE}\n\nBP said on Tuesday that its top kill effort to plug the leaking well had begun, with "
                 "engineers pumping heavy mud into it.\n\nThe company said it would know within a day.",
         "outlet": "The Washington Post", "published": "2010-05-26", "url": "https://wp.example/1"},
        {"text": f"{SITE_LINE}\n\nPresident Obama extended a moratorium on new deepwater drilling permits for six "
                 "months on Thursday.\n\nThe decision followed a review by Interior Secretary Ken Salazar.",
         "outlet": "The Washington Post", "published": "2010-05-27", "url": "https://wp.example/2"},
        # A title given is the user's, whatever the site printed.
        {"title": SITE_LINE, "text": f"{SITE_LINE}\n\nBP shares fell 13% on Tuesday as the top kill failed to stop "
                                     "the leak.\n\nAnalysts cut their forecasts.",
         "outlet": "The Washington Post", "published": "2010-06-01", "url": "https://wp.example/3"},
    ]  # fmt: skip
    ingest_records(store, analyzer, tmp_path, records)
    first, second, given = _titles(store)
    assert first == SITE_LINE  # the first printing cannot tell it is the site's
    assert second.startswith("President Obama extended a moratorium"), second
    assert given == SITE_LINE
