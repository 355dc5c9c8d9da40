"""The tables that drive the package agree: public names, lazy homes, collections."""

from __future__ import annotations

import attrs

import chibo
import chibo.model
from chibo.layout import COLLECTIONS
from chibo.records import Records


def test_every_public_name_resolves() -> None:
    for name in chibo.__all__:
        assert getattr(chibo, name) is not None, name
    for name in chibo.model.__all__:
        assert getattr(chibo.model, name) is not None, name


def test_model_names_are_declared_once() -> None:
    homes = chibo.model._HOME
    assert set(homes) == set(chibo.model.__all__)


def test_package_names_come_from_the_model_or_its_own_table() -> None:
    own = set(chibo._HOME)
    functions = {n for n in chibo.__all__ if n[0].islower() or n == "__version__"}
    model = set(chibo.model.__all__) - {"MEETING_KINDS", "Record"}
    assert set(chibo.__all__) == own | functions | model
    assert not own & model


def test_records_has_one_field_per_collection_in_layout_order() -> None:
    assert [f.name for f in attrs.fields(Records)] == list(COLLECTIONS)
    for field in attrs.fields(Records):
        assert COLLECTIONS[field.name].__name__ in str(field.type)


def test_every_collection_is_reachable_from_a_dataset() -> None:
    ds = chibo.load()
    for name in COLLECTIONS:
        assert isinstance(getattr(ds.records, name), tuple)


def test_no_submodule_shadows_a_function() -> None:
    """``import chibo.<module>`` must not replace a function of the same name on the package."""
    import importlib
    import pkgutil

    for module in pkgutil.walk_packages(chibo.__path__, "chibo."):
        if module.name not in ("chibo.plot", "chibo.__main__"):  # an optional extra; the command line
            importlib.import_module(module.name)
    for name in chibo.__all__:
        value = getattr(chibo, name)
        assert not isinstance(value, type(chibo)), name
