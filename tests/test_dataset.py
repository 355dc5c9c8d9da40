"""chibo.dataset and chibo.queries: one name per question, and where each is answered."""

from __future__ import annotations

import inspect
import pickle
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import chibo
import chibo.queries
from chibo.dataset import Dataset

NOT_QUERIES = {"load"}
"""Module-level functions of chibo that are not a question to a dataset."""


def public_queries() -> list[str]:
    """Every public function of chibo that answers from the bundled dataset."""
    return sorted(
        name
        for name in chibo.__all__
        if name not in NOT_QUERIES
        and not name.startswith("_")
        and inspect.isfunction(getattr(chibo, name))
        and getattr(chibo, name).__module__ == "chibo"
    )


def test_the_walk_finds_the_queries() -> None:
    found = public_queries()
    assert {"holder", "terms", "elections", "election", "events", "claims", "decrees", "search", "get"} <= set(found)
    assert len(found) >= 18


@pytest.mark.parametrize("name", public_queries())
def test_every_module_query_is_a_dataset_method_with_the_same_signature(name: str) -> None:
    module_level = inspect.signature(getattr(chibo, name))
    method = getattr(Dataset, name)
    assert callable(method), f"Dataset.{name} is not a method"
    params = list(inspect.signature(method).parameters.values())
    assert params[0].name == "self"
    on_dataset = inspect.Signature(params[1:], return_annotation=inspect.signature(method).return_annotation)
    assert on_dataset == module_level, f"chibo.{name}{module_level} but Dataset.{name}{on_dataset}"


@pytest.mark.parametrize("name", public_queries())
def test_a_dataset_answers_under_the_same_name(ds: chibo.Dataset, name: str) -> None:
    assert inspect.ismethod(getattr(ds, name))


DEPRECATED: list[tuple[str, str, tuple[Any, ...], dict[str, Any]]] = [
    ("terms_of", "terms", (), {"person": "evo-morales"}),
    ("elections_in", "elections", ("BO",), {}),
    ("find_events", "events", (), {"year": 2026}),
    ("find_claims", "claims", (), {"verdict": "confirmed"}),
    ("decrees_of", "decrees", ("BO",), {}),
]


@pytest.mark.parametrize(("old", "new", "args", "kwargs"), DEPRECATED)
def test_old_names_still_answer_with_a_deprecation_warning(
    ds: chibo.Dataset, old: str, new: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    with pytest.warns(DeprecationWarning, match=f"Dataset.{old}.*Dataset.{new}") as caught:
        answer = getattr(ds, old)(*args, **kwargs)
    assert caught[0].filename == __file__  # the warning points at the caller
    assert answer == getattr(ds, new)(*args, **kwargs)
    assert getattr(Dataset, old).__name__ == old
    assert inspect.signature(getattr(Dataset, old)) == inspect.signature(getattr(Dataset, new))
    assert answer  # each example has an answer, so the comparison says something


def test_the_new_names_do_not_warn(ds: chibo.Dataset) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ds.terms(person="evo-morales")
        ds.elections("BO")
        ds.events(year=2026)
        ds.claims()
        ds.decrees("BO")
        chibo.terms(person="evo-morales")
        chibo.events(year=2026)


def test_the_collections_stay_reachable(ds: chibo.Dataset) -> None:
    """The query names took over ds.elections/events/claims/decrees; the records are in ds.records."""
    assert len(ds.elections()) == len(ds.records.elections)
    assert len(ds.events()) == len(ds.records.events)
    assert len(ds.claims()) == len(ds.records.claims)
    assert len(ds.decrees()) == len(ds.records.decrees)
    assert ds.people == ds.records.people  # a 0.2 name no query took
    assert ds.agreements == ds.records.agreements


QUERY_MODULES = {
    "get": "lookup",
    "resolve": "lookup",
    "person": "lookup",
    "country": "lookup",
    "source": "lookup",
    "sources_of": "lookup",
    "sources_of_ids": "lookup",
    "search": "catalog",
    "coverage": "catalog",
    "office_for": "offices",
    "holder": "offices",
    "incumbency": "offices",
    "terms": "offices",
    "elections": "elections",
    "election": "elections",
    "events": "events",
    "meetings": "events",
    "last_meeting": "events",
    "timeline": "events",
    "decrees": "decrees",
    "decree": "decrees",
    "claims": "claims",
    "relations_status": "relations",
    "relations_history": "relations",
}


@pytest.mark.parametrize(("method", "module"), sorted(QUERY_MODULES.items()))
def test_each_question_is_answered_in_its_domain_module(method: str, module: str) -> None:
    assert getattr(Dataset, method).__module__ == f"chibo.queries.{module}"
    assert f"``{method}``" in (chibo.queries.__doc__ or ""), f"the map in chibo/queries/__init__.py misses {method}"


def test_every_query_has_a_home() -> None:
    assert set(public_queries()) - {"changes"} <= set(QUERY_MODULES)


def test_no_query_module_grows_past_400_lines() -> None:
    package = Path(chibo.queries.__file__).parent
    for path in [*package.glob("*.py"), package.parent / "dataset.py"]:
        lines = len(path.read_text(encoding="utf-8").splitlines())
        assert lines <= 400, f"{path.name} has {lines} lines"


def test_dataset_survives_pickle_and_answers_alike(ds: chibo.Dataset) -> None:
    again = pickle.loads(pickle.dumps(ds))
    assert again.holder("president", "BO", "2006-06-01") == ds.holder("president", "BO", "2006-06-01")
    assert again.search("Aramayo") == ds.search("Aramayo")


def test_a_dataset_is_read_only(ds: chibo.Dataset) -> None:
    with pytest.raises(AttributeError, match="read-only"):
        ds.records = ds.records
    with pytest.raises(AttributeError, match="read-only"):
        del ds.info


def test_an_overlay_is_read_through_the_loader(make_dir: Callable[[dict[str, Any]], Path]) -> None:
    from chibo._loader import read_dataset

    base = chibo.load()
    root = make_dir({})
    found = read_dataset(root, base=base.records, base_info=base.info)
    assert found.info == base.info
    assert len(found.records["people"]) == len(base.records.people)


def test_lazy_indexes_are_safe_from_many_threads(ds: chibo.Dataset) -> None:
    """The name index and the timeline are built on first use; threads racing to build them agree."""
    from concurrent.futures import ThreadPoolExecutor

    fresh = pickle.loads(pickle.dumps(ds))  # its lazy indexes are not built yet

    def ask(_: int) -> tuple[object, ...]:
        return (fresh.search("La Haya"), fresh.timeline("2026-01", "2026-01"), fresh.events(year=2026))

    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(ask, range(32)))
    expected = (ds.search("La Haya"), ds.timeline("2026-01", "2026-01"), ds.events(year=2026))
    assert all(answer == expected for answer in answers)
