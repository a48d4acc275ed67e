"""Readers and scorers of the event and entity evaluations, on the shared data when present."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.errors import SourceError
from dateline.eval.ecb_entities import document_paths, read_document, score
from dateline.eval.plover import find_file, read_gold


def test_plover_reader_maps_old_type_names(shared_data: Path) -> None:
    gold = read_gold(find_file(shared_data))
    assert len(gold) == 322
    kinds = {g.kind for g in gold}
    assert "DEMAND" not in kinds and "FIGHT" not in kinds and "REQUEST" in kinds
    first = gold[0]
    assert first.kind == "AGREE" and first.sources == ("Hungarian", "Romanian")


def test_plover_missing_file_names_the_input(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match=str(tmp_path)):
        find_file(tmp_path)


def test_ecb_reader_offsets_and_named_gold(shared_data: Path) -> None:
    path = document_paths(shared_data / "ecbplus", ["1"])[0]
    document = read_document(path)
    names = {document.text[start:end] for start, end, _ in document.gold}
    assert "Tara Reid" in names
    assert "her" not in names and "rep" not in names  # pronouns and common nouns are not names
    assert document.annotated


def test_score_is_one_to_one_and_limited_to_annotated_sentences() -> None:
    gold = [(0, 9, "participant"), (20, 26, "location")]
    predicted = [(0, 4, "participant"), (5, 9, "participant"), (20, 26, "either"), (40, 45, "location")]
    matched, typed, counted = score(gold, predicted, [(0, 30)])
    assert (matched, typed, counted) == (2, 2, 3)
