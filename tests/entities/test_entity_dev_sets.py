"""The hand-annotated development sets: well formed, and the extractor stays above its floors.

Each set was annotated before the extractor was tuned on it (its README gives the selection rule
and the score before tuning); the floors sit slightly under the scores reached, so a rule that
helps one set at another's expense fails here.
"""

from __future__ import annotations

import pytest
from entity_gold import DATA, assert_scores, assert_well_formed

SETS = {
    # name: (documents, micro floor, per-type floors)
    "dev2": (12, 0.93, {"PERSON": 0.92, "TITLE": 0.94, "ORG": 0.84, "LOC": 0.95, "DATE": 0.97}),
    "dev3": (18, 0.93, {"PERSON": 0.94, "TITLE": 0.91, "ORG": 0.90, "LOC": 0.91, "DATE": 0.97,
                        "LEGAL_DOC": 0.95}),
    "dev4": (14, 0.87, {"PERSON": 0.88, "TITLE": 0.92, "ORG": 0.78, "LOC": 0.88, "DATE": 0.95}),
    "dev5": (12, 0.85, {"PERSON": 0.87, "TITLE": 0.90, "ORG": 0.81, "LOC": 0.83, "DATE": 0.87}),
    "dev6": (16, 0.92, {"PERSON": 0.91, "TITLE": 0.93, "ORG": 0.78, "LOC": 0.88, "DATE": 0.86}),
    "dev7": (16, 0.93, {"PERSON": 0.93, "TITLE": 0.95, "ORG": 0.91, "LOC": 0.92, "DATE": 0.94,
                        "LEGAL_DOC": 0.95}),
    "dev8": (16, 0.86, {"PERSON": 0.87, "TITLE": 0.86, "ORG": 0.84, "LOC": 0.86, "DATE": 0.90}),
    "dev9": (12, 0.93, {"PERSON": 0.95, "TITLE": 0.80, "ORG": 0.85, "LOC": 0.95, "DATE": 0.94,
                        "LEGAL_DOC": 0.90}),
    "dev10": (16, 0.89, {"PERSON": 0.90, "TITLE": 0.83, "ORG": 0.82, "LOC": 0.82, "DATE": 0.91}),
    "dev11": (12, 0.91, {"PERSON": 0.92, "TITLE": 0.89, "ORG": 0.84, "LOC": 0.89, "DATE": 0.89,
                         "LEGAL_DOC": 0.55}),
    "dev12": (12, 0.93, {"PERSON": 0.95, "TITLE": 0.96, "ORG": 0.89, "LOC": 0.95, "DATE": 0.92,
                         "LEGAL_DOC": 0.95}),
    "dev14": (15, 0.91, {"PERSON": 0.89, "TITLE": 0.70, "ORG": 0.80, "LOC": 0.94, "DATE": 0.90}),
    # tuned on in the sixth session, after scoring 0.846, 0.899 and 0.900 blind
    "dev13": (15, 0.92, {"PERSON": 0.95, "TITLE": 0.92, "ORG": 0.86, "LOC": 0.92, "DATE": 0.95}),
    "dev16": (15, 0.92, {"PERSON": 0.94, "TITLE": 0.94, "ORG": 0.88, "LOC": 0.91, "DATE": 0.92,
                         "LEGAL_DOC": 0.95}),
    "dev17": (15, 0.92, {"PERSON": 0.96, "TITLE": 0.93, "ORG": 0.87, "LOC": 0.93, "DATE": 0.94,
                         "LEGAL_DOC": 0.95}),
    # scored once, never tuned on (see their READMEs): floors against regressions only
    "dev15": (15, 0.85, {"PERSON": 0.91, "TITLE": 0.83, "ORG": 0.80, "LOC": 0.85, "DATE": 0.85,
                         "LEGAL_DOC": 0.95}),
    "dev18": (15, 0.89, {"PERSON": 0.94, "TITLE": 0.92, "ORG": 0.86, "LOC": 0.72, "DATE": 0.97}),
}


@pytest.mark.parametrize("name", sorted(SETS))
def test_set_is_well_formed(name: str) -> None:
    assert_well_formed(DATA / name, SETS[name][0])


@pytest.mark.parametrize("name", sorted(SETS))
def test_set_scores_stay_above_their_floors(name: str) -> None:
    _, micro, floors = SETS[name]
    assert_scores(DATA / name, micro, floors)
