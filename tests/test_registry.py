"""The tables that drive the package agree: public names, lazy homes, collections."""

from __future__ import annotations

import ast
from pathlib import Path
from types import ModuleType

import attrs
import pytest

import chibo
import chibo.model
from chibo._layout import COLLECTIONS, DEPRECATED_MODULES
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
    import warnings

    for module in pkgutil.walk_packages(chibo.__path__, "chibo."):
        if module.name not in ("chibo.plot", "chibo.__main__"):  # an optional extra; the command line
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)  # the old names of internal modules
                importlib.import_module(module.name)
    for name in chibo.__all__:
        value = getattr(chibo, name)
        assert not isinstance(value, type(chibo)), name


def _declarations(module: ModuleType) -> tuple[dict[str, str], dict[str, str], list[str], set[str]]:
    """A package's three lists of public names, read from its source.

    Returns the names imported under ``TYPE_CHECKING`` (name -> module), the lazy table
    ``_HOME`` (name -> module), ``__all__``, and the public functions the module defines.
    """
    assert module.__file__ is not None
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    typed: dict[str, str] = {}
    home: dict[str, str] = {}
    listed: list[str] = []
    functions: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            for stmt in node.body:
                if isinstance(stmt, ast.ImportFrom) and stmt.module is not None:
                    typed.update({alias.asname or alias.name: stmt.module for alias in stmt.names})
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            target = node.targets[0] if isinstance(node, ast.Assign) else node.target
            if isinstance(target, ast.Name) and target.id == "_HOME":
                home = ast.literal_eval(node.value)  # type: ignore[arg-type]
            elif isinstance(target, ast.Name) and target.id == "__all__":
                listed = ast.literal_eval(node.value)  # type: ignore[arg-type]
        elif isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
            functions.add(node.name)
    return typed, home, listed, functions


def test_the_three_lists_of_chibo_model_agree() -> None:
    typed, home, listed, _ = _declarations(chibo.model)
    assert typed == home
    assert sorted(home) == sorted(listed)


def test_the_three_lists_of_chibo_agree() -> None:
    typed, home, listed, functions = _declarations(chibo)
    model = set(chibo.model.__all__)
    # every lazily imported name is public, and type checkers see it where the table says it lives
    assert set(home) <= set(listed)
    for name, module in home.items():
        assert typed.get(name) == module, name
    # every other public name is a record class or vocabulary of chibo.model, or a query defined here
    for name in set(listed) - set(home) - {"__version__"}:
        assert (name in model and typed.get(name) == "chibo.model") or name in functions, name
    assert functions <= set(listed)
    assert not (set(home) & model)


@pytest.mark.parametrize("name", DEPRECATED_MODULES)
def test_old_module_names_warn_and_still_work(name: str) -> None:
    import importlib
    import sys

    sys.modules.pop(f"chibo.{name}", None)
    with pytest.warns(DeprecationWarning, match=f"chibo._{name}"):
        old = importlib.import_module(f"chibo.{name}")
    new = importlib.import_module(f"chibo._{name}")
    for public in new.__all__:
        assert getattr(old, public) is getattr(new, public)
