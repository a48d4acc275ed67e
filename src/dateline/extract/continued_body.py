"""The rest of an article whose body a page splits around an advertisement.

Some sites (Wired and other Condé Nast pages, in the extraction benchmark) print an article as several body blocks
of one class, with an advertisement row between them. trafilatura keeps the first block only, so the article stopped
at the first advertisement (a user test: 35 % and 45 % of two Wired articles). The blocks after it that carry the
same class as the block holding the extracted text's last paragraph are the same article, and their paragraphs are
read too.
"""

from __future__ import annotations

import re
from typing import Any

from trafilatura import load_html

# A block's class must name a body for its twins to be read as the article's continuation (not "card", "teaser").
_BODY_CLASS = re.compile(r"(?i)body|article|story|content|post|text")
# Paragraphs shorter than this are captions, labels or buttons rather than prose.
MIN_WORDS = 8
_NOT_ARTICLE = {"aside", "nav", "footer", "header", "figure", "form"}


def continued_paragraphs(html: str, text: str) -> list[str]:
    """The paragraphs of the body blocks after the one holding the last paragraph of ``text``, when the page has
    further blocks of that block's class; [] when it has none."""
    paragraphs = [paragraph for paragraph in text.split("\n\n") if paragraph.strip()]
    if not paragraphs:
        return []
    tree = load_html(html)
    if tree is None:
        return []
    block = _block_of(tree, _squashed(paragraphs[-1])[:80])
    if block is None:
        return []
    # A twin is a part of the same article: at the block's depth and in its <article>, if any (not the next story of
    # an endless page, a comment's or a related teaser's "text" / "post-content" block), and no heading between them.
    depth, story = _depth(block), _story_of(block)
    twins = [
        element for element in tree.iter(block.tag)
        if element.get("class") == block.get("class") and not _inside_furniture(element)
        and _depth(element) == depth and _story_of(element) is story
    ]  # fmt: skip
    later = _unbroken(tree, twins[twins.index(block) + 1 :], block) if block in twins else []
    known = {_squashed(paragraph) for paragraph in paragraphs}
    found: list[str] = []
    for twin in later:
        for element in twin.iter("p"):
            paragraph = " ".join(str(element.text_content()).split())
            if len(paragraph.split()) >= MIN_WORDS and _squashed(paragraph) not in known:
                known.add(_squashed(paragraph))
                found.append(paragraph)
    return found


def _block_of(tree: Any, opening: str) -> Any:  # lxml elements (lxml has no type stubs here)
    """The nearest ancestor with a body class of the paragraph that starts with ``opening``."""
    if len(opening) < 20:
        return None
    for element in tree.iter("p"):
        if _squashed(str(element.text_content())).startswith(opening):
            for ancestor in element.iterancestors():
                if _BODY_CLASS.search(ancestor.get("class") or ""):
                    return ancestor
            return None
    return None


_HEADINGS = frozenset({"h1", "h2", "h3"})


def _depth(element: Any) -> int:
    return sum(1 for _ in element.iterancestors())


def _story_of(element: Any) -> Any:
    """The <article> an element is or lies in (an endless page's next story is another one), or None."""
    return element if element.tag == "article" else next(element.iterancestors("article"), None)


def _unbroken(tree: Any, later: list[Any], block: Any) -> list[Any]:
    """The twins up to the first one that a heading outside every twin comes before (a new story or section).

    Elements are kept in sets (lxml hands out one proxy per node while it is referenced)."""
    inside = {node for twin in [block, *later] for node in twin.iter()}
    starts = set(later)
    kept: list[Any] = []
    after_block = False
    for node in tree.iter():
        if node is block:
            after_block = True
        elif not after_block:
            continue
        elif node in starts:
            kept.append(node)
        elif node.tag in _HEADINGS and node not in inside:
            break
    return kept


def _inside_furniture(element: Any) -> bool:
    return any(ancestor.tag in _NOT_ARTICLE for ancestor in element.iterancestors())


def _squashed(paragraph: str) -> str:
    return " ".join(paragraph.split()).casefold()
