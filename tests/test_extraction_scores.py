"""Extraction quality, pinned: the seed scores against tests/gold/seeds.jsonl may not drop.

The floors are the scores measured when they were set (see README, "Measured"); raise
them when extraction improves. They are below the project's targets, honestly.
"""

from pathlib import Path

import pytest

from kg.evaluation import evaluate, load_gold

GOLD = Path(__file__).parent / "gold" / "seeds.jsonl"
ROOT = Path(__file__).resolve().parent.parent

FLOORS = {
    "meetings": 1.00,
    "meetings+status": 1.00,
    "signings": 1.0,
    "signings+status": 1.0,
    "visits": 1.0,
    "visits+status": 1.0,
    "sources": 1.0,
    "entities": 0.97,
}


@pytest.fixture(scope="module")
def report(seed_build):
    result, _ = seed_build
    return evaluate(result.dataset, load_gold(GOLD))


@pytest.mark.parametrize("name, floor", sorted(FLOORS.items()))
def test_seed_score_does_not_regress(report, name, floor):
    assert report.score(name).f1 >= floor, f"{name} F1 fell to {report.score(name).f1:.3f} (floor {floor})"


def test_seed_dates_are_mostly_right(report):
    right, total = report.dates().right, report.dates().total
    assert total >= 5 and right / total >= 0.85


# The development sets: the samples (data/articles) and held-out 1 to 4. Held-out 1 was retired
# into development in session 3 once it had been scored after every round; held-out 2, 3 and 4
# were written blind and each joined development after its blind scoring (README's estimates).
# Their scores flatter the extractor (its rules were written against them), so they are no
# estimate of quality on unseen text: the reserved blind sets (held-out 5 and 6) are kept for
# that, and no test builds them. These floors catch a change that breaks what worked.
DEV_SETS = {
    "samples": (ROOT / "data" / "articles", Path(__file__).parent / "gold" / "samples.jsonl"),
    "heldout1": (ROOT / "tests" / "heldout" / "articles", ROOT / "tests" / "heldout" / "gold.jsonl"),
    "heldout2": (ROOT / "tests" / "heldout2" / "articles", ROOT / "tests" / "heldout2" / "gold.jsonl"),
    "heldout3": (ROOT / "tests" / "heldout3" / "articles", ROOT / "tests" / "heldout3" / "gold.jsonl"),
    "heldout4": (ROOT / "tests" / "heldout4" / "articles", ROOT / "tests" / "heldout4" / "gold.jsonl"),
    "heldout3": (ROOT / "tests" / "heldout3" / "articles", ROOT / "tests" / "heldout3" / "gold.jsonl"),
    "heldout5": (ROOT / "tests" / "heldout5" / "articles", ROOT / "tests" / "heldout5" / "gold.jsonl"),
}
_MATURE = {"meetings": 0.95, "meetings+status": 0.95, "signings": 0.93, "signings+status": 0.93,
           "visits": 0.95, "visits+status": 0.95, "sources": 0.95, "entities": 0.93, "dates": 0.93}
# held-out 2 joined development last, at the figures measured then (rounded down)
DEV_FLOORS = {"samples": _MATURE, "heldout1": _MATURE,
              "heldout2": {"meetings": 0.96, "meetings+status": 0.96, "signings": 0.81, "signings+status": 0.84,
                           "visits": 0.97, "visits+status": 0.95, "sources": 0.97, "entities": 0.92, "dates": 0.93},
              # held-out 4 joined development in session 4's round B, after its blind scorings
              "heldout4": {"meetings": 1.0, "meetings+status": 0.99, "signings": 0.97, "signings+status": 0.95,
                           "visits": 1.0, "visits+status": 1.0, "sources": 0.99, "entities": 0.98, "dates": 0.95},
              # held-out 3 joined development in session 4's round C, after its blind scoring at a41ab25
              "heldout3": {"meetings": 0.98, "meetings+status": 0.98, "signings": 0.96, "signings+status": 0.90,
                           "visits": 0.96, "visits+status": 0.92, "sources": 0.99, "entities": 0.95, "dates": 0.87},
              # held-out 5 joined development in session 4's round D, after its blind scoring at b73c73f
              "heldout5": {"meetings": 0.97, "meetings+status": 0.97, "signings": 0.94, "signings+status": 0.95,
                           "visits": 0.95, "visits+status": 0.94, "sources": 0.98, "entities": 0.86, "dates": 0.92}}


@pytest.fixture(scope="module", params=sorted(DEV_SETS))
def dev_report(request, tmp_path_factory):
    from kg.build import build

    articles, gold = DEV_SETS[request.param]
    result = build([articles], output=tmp_path_factory.mktemp(request.param) / "dev.ttl", nlp="rules")
    return request.param, evaluate(result.dataset, load_gold(gold))


def test_development_scores_do_not_regress(dev_report):
    name, report = dev_report
    floors = DEV_FLOORS[name]
    low = {score: round(report.score(score).f1, 3) for score, floor in floors.items()
           if score != "dates" and report.score(score).f1 < floor}
    assert not low, f"{name}: {low} below the floors {floors}"
    dates = report.dates()
    assert dates.total >= 50 and dates.right / dates.total >= floors["dates"], f"{name}: dates {dates.right}/{dates.total}"
