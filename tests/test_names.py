"""chibo._names: the search index and how people write names and decree numbers."""

from __future__ import annotations

import pytest

import chibo


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("Kast", "jose-antonio-kast"),
        ("5503", "bo-ds-5503"),
        ("Decreto Supremo 5503", "bo-ds-5503"),
        ("DS 5503", "bo-ds-5503"),
        ("D.S. N° 5503", "bo-ds-5503"),
        ("tuto", "jorge-quiroga"),
        ("BO", "BO"),
    ],
)
def test_a_name_code_or_number_ranks_its_record_first(query: str, first: str) -> None:
    assert chibo.search(query)[0].id == first


def test_a_person_comes_before_the_events_that_mention_them() -> None:
    found = [type(r).__name__ for r in chibo.search("Kast", limit=5)]
    assert found[0] == "Person"


def test_a_substring_inside_a_word_is_found_below_word_starts() -> None:
    found = [r.id for r in chibo.search("mayo")]
    assert "fernando-aramayo" in found
    assert found.index("fernando-aramayo") > 0


@pytest.mark.parametrize("number", ["5503", 5503, " 5503", "DS 5503", "D.S. N° 5503", "Decreto Supremo 5503"])
def test_decree_numbers_as_people_write_them(number: str | int) -> None:
    assert chibo.decree("BO", number).id == "bo-ds-5503"


def test_a_decree_number_that_is_not_one_is_refused() -> None:
    with pytest.raises(chibo.InvalidQuery):
        chibo.decree("BO", "five")


@pytest.mark.parametrize("query", ["Tratado de 1904", "tratado de 1904", "Treaty of 1904", "1904 Treaty"])
def test_a_treaty_by_its_kind_and_year(query: str) -> None:
    assert chibo.search(query)[0].id == "tratado-paz-amistad-1904"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Tratado de Lima", "tratado-lima-1929"),
        ("Treaty of Lima", "tratado-lima-1929"),
        ("Acta de Charaña", "acta-charana-1975"),
        ("Tratado de Lima de 1929", "tratado-lima-1929"),
        ("Treaty of Lima 1929", "tratado-lima-1929"),
        ("Declaración de Charaña 1975", "acta-charana-1975"),
    ],
)
def test_a_treaty_by_its_kind_and_place(query: str, expected: str) -> None:
    assert chibo.search(query)[0].id == expected


ICJ_CASES = {"2013-04-24-icj-bolivia-files", "2018-10-01-icj-judgment-sea", "2022-12-01-icj-judgment-silala"}


@pytest.mark.parametrize("query", ["La Haya", "la haya", "Hague", "The Hague", "Den Haag"])
def test_the_hague_in_any_language_finds_the_icj_cases(query: str) -> None:
    found = {r.id for r in chibo.search(query, limit=None)}
    assert found >= ICJ_CASES
    assert all(type(r).__name__ == "Event" for r in chibo.search(query))


def test_a_place_alias_is_read_only_as_whole_words() -> None:
    from chibo._names import _with_places

    assert _with_places("la haya") == "the hague"
    assert _with_places("playa la hayaca") == "playa la hayaca"
    assert _with_places("the hague") == "the hague"


def test_claims_are_found_by_the_words_of_their_statement() -> None:
    claim = chibo.get("claim-agenda-corridor-ports-arica-iquique")
    assert isinstance(claim, chibo.Claim)
    assert chibo.search("migratory corridor")[0] == claim
    assert claim in chibo.search("ports of Arica and Iquique", kind="claim")
    assert claim in chibo.search("economic-cooperation mechanisms", kind="claims")


def test_a_name_ranks_before_a_text_that_mentions_it() -> None:
    """ "Arica" names places in claims' statements and events' places: the entities still come first."""
    found = chibo.search("Arica", limit=None)
    kinds = [type(r).__name__ for r in found]
    assert "Claim" in kinds
    named = [i for i, r in enumerate(found) if "arica" in " ".join(getattr(r, "names", ())).lower()]
    texts_only = [i for i, r in enumerate(found) if isinstance(r, chibo.Claim)]
    assert max(named) < min(texts_only)


def test_every_statement_finds_its_claim() -> None:
    ds = chibo.load()
    for claim in ds.records.claims:
        assert claim in ds.search(claim.statement, kind="claim", limit=3), claim.id


def test_every_result_has_a_label() -> None:
    from chibo._names import label_of

    claim = chibo.get("claim-agenda-corridor-ports-arica-iquique")
    assert isinstance(claim, chibo.Claim)
    assert label_of(claim) == claim.statement
    assert label_of(chibo.get("jorge-quiroga")).startswith("Jorge")


@pytest.mark.parametrize(
    ("query", "country"),
    [
        ("EEUU", "US"),
        ("EE.UU.", "US"),
        ("United States of America", "US"),
        ("Republic of Chile", "CL"),
        ("Estado Plurinacional de Bolivia", "BO"),
        ("Plurinational State of Bolivia", "BO"),
        ("Reino de España", "ES"),
    ],
)
def test_official_and_short_country_names_find_the_country(query: str, country: str) -> None:
    assert chibo.search(query, limit=1)[0].id == country


class TestSearch:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("jeri", "jose-jeri"),
            ("tuto", "jorge-quiroga"),
            ("JOSÉ JERÍ", "jose-jeri"),
            ("van klaveren", "alberto-van-klaveren"),
        ],
    )
    def test_names_aliases_accents(self, text: str, expected: str) -> None:
        assert chibo.search(text)[0].id == expected

    def test_kind_and_limit(self) -> None:
        assert all(isinstance(r, chibo.Person) for r in chibo.search("paz", kind="people"))
        assert len(chibo.search("a", limit=3)) <= 3
        with pytest.raises(chibo.InvalidQuery):
            chibo.search("x", kind="planets")

    def test_sources_only_on_request(self) -> None:
        assert not any(isinstance(r, chibo.Source) for r in chibo.search("kast"))
        assert any(isinstance(r, chibo.Source) for r in chibo.search("kast", kind="source"))
