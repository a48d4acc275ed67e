"""Dateline's temporal tagger: TIMEX3 expressions in English news text.

Used by the extract stage (inferring publication dates of undated pages) and the analyze stage
(dating sentences and events). Depends on nothing but ``dateline.records``.
"""

from dateline.temporal.infer import infer_publication_date
from dateline.temporal.tagger import tag_reports, tag_times
from dateline.temporal.timex import day_of, sentence_time, timex_interval, timex_precision

__all__ = [
    "day_of",
    "infer_publication_date",
    "sentence_time",
    "tag_reports",
    "tag_times",
    "timex_interval",
    "timex_precision",
]
