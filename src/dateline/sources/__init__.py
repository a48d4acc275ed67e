"""Sources: turn files, directories, stdin, URLs, feeds, OPML and JSONL into ``RawInput`` records.

``iter_inputs`` is the entry point; it never raises for bad input and yields a
``SourceFailure`` naming the input instead.
"""

from dateline.sources.cache import FeedCache, MemoryFeedCache
from dateline.sources.dispatch import iter_documents, iter_inputs
from dateline.sources.fetch import Fetcher, FetchResult
from dateline.sources.metadata import GivenMetadata

__all__ = ["FeedCache", "FetchResult", "Fetcher", "GivenMetadata", "MemoryFeedCache", "iter_documents", "iter_inputs"]
