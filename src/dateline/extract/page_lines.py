"""The lines of a pasted page, each with the reason it was dropped, and their reassembly."""

from __future__ import annotations

from dataclasses import dataclass

from dateline.extract.furniture import classify_line, ends_sentence, is_prose

# Line widths that text wrapped at a fixed column shows (e-mail wraps at 72-80 characters).
_MIN_WRAP_WIDTH = 50
_MAX_WRAP_WIDTH = 100
_WRAP_WIDTH_SPREAD = 0.7
# A line shorter than this is a label or heading, never the first part of a wrapped paragraph.
_MIN_CONTINUED_CHARS = 40


@dataclass
class PageLine:
    """One non-blank line of the page, with the reason it was dropped (None while kept).

    ``block`` numbers the blank-line-separated blocks: lines of one block were adjacent on the page.
    """

    text: str
    block: int
    reason: str | None = None


def split_lines(text: str) -> list[PageLine]:
    """Split into non-blank lines, re-joining paragraphs that were hard-wrapped.

    Judging a whole paragraph keeps wrapped text from passing for headlines and labels.
    """
    lines: list[PageLine] = []
    for block_number, block in enumerate(_blocks(text)):
        if _is_hard_wrapped(block):
            lines.append(PageLine(" ".join(block), block_number))
            continue
        for index, line in enumerate(block):
            if index and _continues(block[index - 1], line):
                lines[-1].text = f"{lines[-1].text} {line}"
            else:
                lines.append(PageLine(line, block_number))
    return lines


def _continues(previous: str, line: str) -> bool:
    """Whether ``line`` continues a paragraph wrapped after ``previous``.

    It does when it starts in lower case after an unfinished line of running text; a short
    label above ("Share this article" over "by Jane Doe") is not running text.
    """
    return (
        line[:1].islower()
        and len(previous) >= _MIN_CONTINUED_CHARS
        and not ends_sentence(previous)
        and classify_line(previous) is None
    )


def _blocks(text: str) -> list[list[str]]:
    """The blank-line-separated blocks of ``text``, each a list of whitespace-normalised lines."""
    blocks: list[list[str]] = [[]]
    for raw_line in text.splitlines():
        line = " ".join(raw_line.split())
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


def _is_hard_wrapped(block: list[str]) -> bool:
    """Whether a block is one paragraph wrapped at a fixed width (as in e-mail or plain-text copies).

    Every line but the last then has about the same length, between 50 and 100 characters.
    """
    if len(block) < 2:
        return False
    widths = [len(line) for line in block[:-1]]
    widest = max(widths)
    return (
        min(widths) >= max(_MIN_WRAP_WIDTH, _WRAP_WIDTH_SPREAD * widest)
        and widest <= _MAX_WRAP_WIDTH
        and len(block[-1]) <= widest + 5
    )


def first_prose(lines: list[PageLine]) -> int:
    """Index of the first kept line that reads like a paragraph (the lede), or ``len(lines)``."""
    return next((i for i, line in enumerate(lines) if line.reason is None and is_prose(line.text)),
                len(lines))


def next_in_block(lines: list[PageLine], index: int) -> PageLine | None:
    """The line right after ``lines[index]`` when both sit in the same block, else None."""
    if index + 1 < len(lines) and lines[index + 1].block == lines[index].block:
        return lines[index + 1]
    return None


def previous_in_block(lines: list[PageLine], index: int) -> PageLine | None:
    """The line right before ``lines[index]`` when both sit in the same block, else None."""
    if index > 0 and lines[index - 1].block == lines[index].block:
        return lines[index - 1]
    return None


def join_paragraphs(lines: list[PageLine]) -> str:
    """The kept lines as paragraphs separated by blank lines."""
    return "\n\n".join(line.text for line in lines if line.reason is None)
