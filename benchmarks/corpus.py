"""Real article texts for the benchmarks: the Timeline17 articles in ../shared/data/timeline17."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from dateline.errors import ExtractionError
from dateline.extract import extract_article
from dateline.records import RawInput

TIMELINE17 = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "timeline17"
def detokenize(text: str) -> str:
    """Turn Timeline17's tokenized text back into ordinary prose."""
    text = text.replace(" 's ", "'s ").replace(" n't", "n't").replace("`` ", '"').replace(" ''", '"')
    return re.sub(r" ([,.;:!?%)])", r"\1", text).replace("( ", "(")


def timeline17_inputs(limit: int | None = None) -> list[RawInput]:
    """Timeline17 articles as inputs with their publication dates given, in a stable order."""
    if not TIMELINE17.is_dir():
        raise SystemExit(f"{TIMELINE17} not found: the shared data sits beside the checkout")
    paths = sorted(TIMELINE17.glob("*/InputDocs/*/*.txt"))
    random.Random(17).shuffle(paths)
    inputs = []
    for path in paths[: limit or len(paths)]:
        text = detokenize(path.read_text(encoding="utf-8", errors="replace")).strip()
        if len(text.split()) < 50:
            continue
        topic = path.parts[-4]
        raw = RawInput(
            origin=str(path), body=text, kind="text", given_title=text.split("\n", 1)[0][:120],
            given_published=date.fromisoformat(path.parts[-2]), given_outlet=topic.rsplit("_", 1)[-1],
        )
        try:
            extract_article(raw)
        except ExtractionError:
            continue  # a page of furniture only (a Guardian page of contact lines): no article to time
        inputs.append(raw)
    return inputs


def real_sentences(limit_articles: int = 600) -> list[str]:
    """A pool of real news sentences to build synthetic-but-realistic articles from."""
    pool: list[str] = []
    for raw in timeline17_inputs(limit_articles):
        pool += [s.strip() for s in raw.body.split("\n") if 8 <= len(s.split()) <= 60]
    return pool


def synthetic_inputs(count: int, sentences: list[str], per_article: int = 18, seed: int = 5) -> Iterator[RawInput]:
    """``count`` distinct articles, each a random draw of real sentences, dated across three years."""
    rng = random.Random(seed)
    for i in range(count):
        body = "\n\n".join(rng.sample(sentences, per_article))
        day = date(2009, 1, 1).toordinal() + rng.randrange(3 * 365)
        yield RawInput(origin=f"synthetic-{i}", body=body, kind="text", given_title=body[:80],
                       given_published=date.fromordinal(day), given_outlet=f"outlet{rng.randrange(12)}")
