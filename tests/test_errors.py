"""chibo.errors: one hierarchy, each error keeping what it was about."""

from __future__ import annotations

import pickle

import pytest

import chibo
from chibo.errors import FieldError


def test_data_error_is_a_chibo_error() -> None:
    assert issubclass(chibo.DataError, chibo.ChiboError)
    assert issubclass(chibo.NotFound, KeyError)
    assert issubclass(chibo.OutOfRange, ValueError)


def test_get_and_not_found_suggestions() -> None:
    person = chibo.get("rodrigo-paz")
    assert isinstance(person, chibo.Person)
    assert person.name == "Rodrigo Paz Pereira"
    with pytest.raises(chibo.NotFound) as info:
        chibo.get("rodrigo-pas")
    assert "rodrigo-paz" in info.value.suggestions
    assert "did you mean" in str(info.value)


def test_not_found_keeps_kind_and_key() -> None:
    error = chibo.NotFound.for_key("rodrigo-pas", ["rodrigo-paz", "other"], kind="person")
    assert (error.kind, error.key, error.suggestions) == ("person", "rodrigo-pas", ("rodrigo-paz",))
    assert str(error) == "no person 'rodrigo-pas'; did you mean 'rodrigo-paz'?"


def test_a_long_key_gets_no_suggestions() -> None:
    error = chibo.NotFound.for_key("x" * 500, ["x" * 499])
    assert error.suggestions == ()
    assert len(error.key) == 200


@pytest.mark.parametrize(
    "error",
    [
        chibo.NotFound("k", ("k1",), kind="decree"),
        chibo.NotCovered("not covered", subject="bo-president", coverage="2020-11-08"),
        chibo.NotCovered("not covered", subject="bo-foreign-minister", attested=("term-a", "term-b")),
        chibo.DataError([chibo.Problem(file="people.json", record="ana", path="$.id", message="bad")]),
        FieldError("id", "bad"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_errors_survive_pickling(error: Exception) -> None:
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is type(error)
    assert str(again) == str(error)
    assert vars(again) == vars(error)


def test_a_problem_line_names_file_record_and_path() -> None:
    problem = chibo.Problem(file="people.json", record="ana", path="$.name", message="must not be blank")
    assert str(problem) == "people.json: ana: $.name: must not be blank"


def test_field_error_is_a_chibo_error() -> None:
    assert issubclass(FieldError, chibo.ChiboError)
    error = FieldError("end", "end before start")
    assert (error.field, error.message) == ("end", "end before start")
