"""Language identification of clean article text with py3langid."""

from __future__ import annotations

from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

UNDETERMINED = "und"

# Below this many letters the language model guesses; "und" is more honest than a guess.
_MIN_LETTERS = 20
# Normalised probability under which the top language is treated as unknown.
_MIN_PROBABILITY = 0.5
# The opening of an article identifies its language as well as the whole and keeps huge inputs fast.
_SAMPLE_CHARS = 5000


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    """Load the py3langid model once, with normalised probabilities so a threshold means something."""
    from py3langid import langid

    return LanguageIdentifier.from_modelpath(langid.MODEL_DIR / MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str:
    """Return the ISO 639-1 code of ``text``'s language, or ``"und"`` when too short or unsure.

    The analysis stage only runs its English models on English text, so a wrong guess costs
    more than an honest ``"und"``.
    """
    sample = text[:_SAMPLE_CHARS]
    if sum(char.isalpha() for char in sample) < _MIN_LETTERS:
        return UNDETERMINED
    language, probability = _identifier().classify(sample)
    if probability < _MIN_PROBABILITY:
        return UNDETERMINED
    return str(language)
