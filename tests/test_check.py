"""chibo.check: reading articles, the verdict rules, and the score on shared/factcheck/dev."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("dateparser")
pytest.importorskip("pysbd")

import chibo
from chibo.check import CheckVerdict, StatementKind, check
from chibo.check.compare import number_fits
from chibo.check.text import find_dates, parse_number

DEV = Path(__file__).resolve().parents[2] / "shared" / "factcheck" / "dev"


def verdicts(text: str, published: str) -> list[tuple[str, str]]:
    return [(f.kind.value, f.verdict.value) for f in check(text, published=published).findings]


@pytest.mark.parametrize(
    ("raw", "language", "value"),
    [("54,96", "es", 54.96), ("3.337.031", "es", 3337031), ("3,337,031", "en", 3337031), ("32.06", "en", 32.06)],
)
def test_numbers_in_both_languages(raw: str, language: str, value: float) -> None:
    parsed = parse_number(raw, language)
    assert parsed is not None
    assert parsed[0] == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "language", "iso"),
    [
        ("se reunió este lunes", "es", "2025-12-22"),
        ("they met last Sunday", "en", "2025-12-21"),
        ("el 17 de marzo de 1978", "es", "1978-03-17"),
        ("since March 2023", "en", "2023-03"),
        ("on Thursday, 15 January", "en", "2026-01-15"),
        ("en noviembre de 2019", "es", "2019-11"),
    ],
)
def test_dates_keep_precision_and_read_relative_to_the_article(text: str, language: str, iso: str) -> None:
    base = dt.date(2025, 12, 23) if "2026" not in iso else dt.date(2026, 1, 16)
    found = find_dates(text, 0, len(text), language, base)
    assert [d.iso() for d in found if not d.year_only][-1] == iso


def test_rounding_is_not_a_contradiction() -> None:
    assert number_fits(54.5, 0.1, 54.53)
    assert not number_fits(7.8e6, 1e5, 7_254_850)


def test_a_month_is_not_a_contradiction_of_its_day() -> None:
    report = check(
        "Van Klaveren, who has headed Chile's foreign ministry since March 2023, met Aramayo.", published="2026-01-16"
    )
    assert ("office_holder", "confirmed") in [(f.kind.value, f.verdict.value) for f in report.findings]


def test_a_wrong_start_is_contradicted_and_says_what_the_data_holds() -> None:
    report = check("Luis Arce, en el poder desde noviembre de 2019, entregó el mando.", published="2025-11-09")
    (finding,) = [f for f in report.findings if f.kind is StatementKind.OFFICE_HOLDER]
    assert finding.verdict is CheckVerdict.CONTRADICTED
    assert finding.found == "2020-11-08"
    assert finding.evidence
    assert finding.sources
    assert "chibo.terms" in finding.query


def test_quotes_are_the_text_at_their_offsets() -> None:
    text = "Kast, de 59 años, ganó el balotaje del 14 de diciembre con el 58,16 % de los votos."
    report = check(text, published="2025-12-23", language="es")
    assert report.findings
    for f in report.findings:
        assert text[f.start : f.end] == f.quote


def test_ages_are_read_on_the_article_day() -> None:
    assert ("age_birth", "contradicted") in verdicts(
        "A los 59 años, José Antonio Kast juró como presidente.", "2026-03-12"
    )
    assert ("age_birth", "confirmed") in verdicts("José Antonio Kast, de 59 años, viajó a Quito.", "2025-12-23")


def test_relations_break_years() -> None:
    assert ("relations", "confirmed") in verdicts("Bolivia broke off relations with Chile in March 1978.", "2026-01-16")
    assert ("relations", "contradicted") in verdicts("Bolivia broke off relations with Chile in 1975.", "2026-01-16")


def test_treaty_place_and_day() -> None:
    found = verdicts("The 1904 Treaty of Peace and Friendship, signed in La Paz, fixed the border.", "2026-02-19")
    assert ("treaty", "contradicted") in found
    assert ("treaty", "confirmed") in verdicts("A truce was signed in Valparaíso on 4 April 1884.", "2025-11-20")


def test_border_length_kept_as_an_alternative_is_disputed_not_contradicted() -> None:
    found = verdicts("The two neighbours share a border of about 861 kilometres.", "2026-01-16")
    assert found == [("number", "disputed")]


def test_uncheckable_opinion_gives_nothing() -> None:
    assert (
        check(
            "«Es un gesto que vale más que diez comunicados», comentó un exdiplomático.", published="2025-11-09"
        ).findings
        == ()
    )


def test_header_lines_give_day_and_language() -> None:
    report = check("date: 2025-11-09\nlanguage: es\n\nLuis Arce, en el poder desde noviembre de 2019.")
    assert report.published == "2025-11-09"
    assert report.language == "es"


@pytest.mark.parametrize(
    ("kwargs", "word"),
    [
        ({"text": None}, "text"),
        ({"text": "x", "published": "yesterday"}, "published"),
        ({"text": "x", "language": "xx"}, "language"),
    ],
)
def test_bad_arguments_are_invalid_queries(kwargs: dict[str, object], word: str) -> None:
    with pytest.raises(chibo.InvalidQuery, match=word):
        check(**kwargs)  # type: ignore[arg-type]


def test_report_json_has_the_fields_the_issue_names() -> None:
    report = check("Bolivia broke off relations with Chile in March 1978.", published="2026-01-16")
    data = json.loads(report.to_json())
    keys = {"quote", "start", "end", "kind", "stated", "found", "verdict", "evidence", "query"}
    assert data["findings"]
    assert keys <= set(data["findings"][0])


@pytest.mark.skipif(not DEV.is_dir(), reason="needs ../shared/factcheck/dev")
def test_score_on_the_annotated_articles() -> None:
    run = subprocess.run(
        [sys.executable, str(Path(__file__).resolve().parents[1] / "benchmarks" / "check_dev.py"), str(DEV)],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = dict(line.split(": ", 1) for line in run.stdout.splitlines() if ": " in line)
    assert float(lines["recall"].rstrip("%")) >= 90
    assert float(lines["accuracy"].rstrip("%")) >= 95
    assert lines["false contradictions"].startswith("0 on annotated statements, 0 ")


WORDINGS = [
    (
        "es",
        "2026-01-10",
        "Evo Morales asumió la presidencia de Bolivia el 22 de enero de 2006.",
        "office_holder",
        "confirmed",
    ),
    (
        "en",
        "2026-01-10",
        "In 1978, under President Hugo Banzer, Bolivia severed diplomatic ties with Chile.",
        "office_holder",
        "confirmed",
    ),
    ("es", "2026-01-10", "David Choquehuanca fue canciller entre 2006 y 2017.", "office_holder", "confirmed"),
    ("en", "2026-01-10", "Víctor Paz Estenssoro was president of Bolivia in 1962.", "office_holder", "confirmed"),
    (
        "en",
        "2026-01-10",
        "Bolivia's vice president, Edmand Lara, 39, criticised the decree.",
        "age_birth",
        "contradicted",
    ),
    (
        "es",
        "2026-01-10",
        "Según el cómputo oficial, Paz obtuvo el 54,96 % en la segunda vuelta.",
        "election",
        "confirmed",
    ),
    ("en", "2025-10-21", "Paz won last Sunday's runoff with 57 percent.", "election", "contradicted"),
    ("es", "2025-12-17", "Kast y Milei se reunieron el martes pasado en la Casa Rosada.", "meeting", "confirmed"),
    ("en", "2026-01-20", "The 5503 decree was replaced by Supreme Decree 5516 on 13 January.", "decree", "confirmed"),
    ("es", "2026-01-10", "El DS 5503 fue promulgado el 18 de diciembre de 2025.", "decree", "contradicted"),
    ("es", "2026-01-10", "El Tratado de 1904 se firmó en Santiago el 20 de octubre de 1904.", "treaty", "confirmed"),
    (
        "en",
        "2025-11-20",
        "Bolivia and Chile have not had full diplomatic relations since 1978.",
        "relations",
        "confirmed",
    ),
    (
        "es",
        "2025-11-09",
        "Boric es el primer presidente chileno que asiste a una transmisión de mando en Bolivia en 15 años.",
        "meeting",
        "confirmed",
    ),
    (
        "en",
        "2025-11-20",
        "The Hague court ruled in 2018, by 12 votes to 3, that Chile was not obliged to negotiate.",
        "number",
        "confirmed",
    ),
]


@pytest.mark.parametrize(("language", "day", "text", "kind", "verdict"), WORDINGS)
def test_other_wordings(language: str, day: str, text: str, kind: str, verdict: str) -> None:
    report = check(text, published=day, language=language)
    assert (kind, verdict) in [(f.kind.value, f.verdict.value) for f in report.findings]
    assert "contradicted" not in {f.verdict.value for f in report.findings} or verdict == "contradicted"


def test_each_of_several_breaks_is_read() -> None:
    text = "Chile y Bolivia rompieron relaciones en 1962, las restablecieron en 1975 y volvieron a romperlas en 1978."
    stated = [f.stated for f in check(text, published="2025-11-20").findings if f.kind is StatementKind.RELATIONS]
    assert stated == ["broken on 1962", "restored on 1975", "broken on 1978"]


def test_a_wish_is_not_a_restoration() -> None:
    text = "Aramayo, who took up his post on 9 November, spoke of restoring full diplomatic ties."
    kinds = [f.kind for f in check(text, published="2026-01-16").findings]
    assert StatementKind.RELATIONS not in kinds


def test_a_text_too_long_is_refused_not_read_for_minutes() -> None:
    from chibo.check import MAX_CHARACTERS

    with pytest.raises(chibo.InvalidQuery, match="at most"):
        check("x" * (MAX_CHARACTERS + 1))


TESTER_CASES = [
    # found by a tester who had only the docs; each was a false verdict or a miss
    (
        "es",
        "2026-01-30",
        "Kast viajó a Quito el 23 de diciembre, su segundo viaje internacional desde su triunfo.",
        "meeting",
        "confirmed",
    ),
    (
        "es",
        "2026-01-30",
        "La Corte rechazó la objeción preliminar de Chile el 24 de septiembre de 2015 por 14 votos contra 2.",
        "number",
        "confirmed",
    ),
    ("en", "2026-01-20", "Decree 5516 raised the minimum wage to 3,300 bolivianos.", "decree", "confirmed"),
    ("en", "2026-01-20", "Decree 5516 set the PEPE bonus at 150 bolivianos.", "decree", "confirmed"),
    (
        "es",
        "2026-03-12",
        "Gabriel Boric, nacido en Punta Arenas en 1986, asumió a los 36 años.",
        "age_birth",
        "confirmed",
    ),
    ("en", "2026-03-20", "Paz and Kast met in Lima on January 29.", "meeting", "contradicted"),
    ("es", "2026-01-30", "El decreto 5503 fue abrogado el 11 de enero por el DS 5516.", "decree", "disputed"),
    ("en", "2026-01-30", "The two countries share a 942-kilometre border.", "number", "confirmed"),
    ("en", "2026-01-20", "Franco Parisi finished third with 19.71%.", "election", "confirmed"),
    (
        "es",
        "2026-01-30",
        "El Tratado de Paz y Amistad se firmó en La Paz el 20 de octubre de 1904.",
        "treaty",
        "contradicted",
    ),
]


@pytest.mark.parametrize(("language", "day", "text", "kind", "verdict"), TESTER_CASES)
def test_cases_a_docs_only_tester_found(language: str, day: str, text: str, kind: str, verdict: str) -> None:
    found = [(f.kind.value, f.verdict.value) for f in check(text, published=day, language=language).findings]
    assert (kind, verdict) in found


def test_a_false_break_after_a_true_one_is_read_too() -> None:
    text = "There have been no ambassadors since 1978, and Bolivia broke off relations in 1965 over the Lauca river."
    verdicts = [
        f.verdict.value for f in check(text, published="2026-01-30").findings if f.kind is StatementKind.RELATIONS
    ]
    assert verdicts == ["confirmed", "contradicted"]


def test_queries_of_findings_run() -> None:
    text = "Víctor Paz Estenssoro was president of Bolivia in 1962. Hugo Banzer was president of Bolivia in 1976."
    for finding in check(text, published="2026-01-30").findings:
        eval(finding.query, {"chibo": chibo})  # the query is ours, built from record ids


def test_cli_offsets_count_the_files_own_characters(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_bytes(
        b"\xef\xbb\xbfdate: 2026-01-16\r\nlanguage: en\r\n\r\nBolivia broke off relations with Chile in 1975.\r\n"
    )
    run = subprocess.run(
        [sys.executable, "-m", "chibo", "--json", "check", str(article)], capture_output=True, text=True, check=False
    )
    data = json.loads(run.stdout)
    raw = article.read_bytes().decode("utf-8")
    assert data["published"] == "2026-01-16"
    assert data["findings"]
    assert all(raw[f["start"] : f["end"]] == f["quote"] for f in data["findings"])


@pytest.mark.parametrize(
    "text",
    [
        "Los presidentes Rodrigo Paz y José Antonio Kast se reunirán el próximo 15 de abril en Arica.",
        "Un analista recordó que el Tratado de 1904 «sigue siendo la piedra en el zapato»"
        " y que la demanda ante La Haya duró cinco años.",
        "«Bolivia rompió relaciones en 1975», dijo un analista.",
        "El presidente electo José Antonio Kast recibió a empresarios. Lo acompañó su hijo, de 24 años.",
        "Kast recibió a empresarios con más de 30 años de experiencia en el comercio bilateral.",
    ],
)
def test_plans_quotes_treaty_names_and_other_peoples_ages_are_not_contradicted(text: str) -> None:
    verdicts = {f.verdict.value for f in check(text, published="2026-03-20", language="es").findings}
    assert "contradicted" not in verdicts


def test_a_poll_or_a_rate_next_to_a_candidate_is_not_a_vote() -> None:
    text = "Kast, whose approval rating stands at 55 percent, won 58 percent in the runoff."
    found = [(f.stated, f.verdict.value) for f in check(text, published="2026-01-25", language="en").findings]
    assert ("jose-antonio-kast: 58 percent in round 2", "confirmed") in found
    assert not any("55 percent" in stated for stated, _ in found)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Su par chileno, Alberto van Klaveren, dejará el cargo el 11 de marzo.", "confirmed"),
        ("Evo Morales resigned on 12 November 2019.", "contradicted"),
        ("El canciller Fernando Aramayo, en el cargo desde noviembre, respondió.", "confirmed"),
    ],
)
def test_leaving_office_and_a_month_without_a_year(text: str, verdict: str) -> None:
    found = [
        f.verdict.value for f in check(text, published="2026-02-10").findings if f.kind is StatementKind.OFFICE_HOLDER
    ]
    assert found == [verdict]


def test_an_unnamed_officer_does_not_borrow_the_last_persons_age() -> None:
    text = "Jeanine Áñez sigue en prisión. La presidenta del Senado boliviano, de 45 años, pidió prudencia."
    assert not [f for f in check(text, published="2026-02-10").findings if f.kind is StatementKind.AGE_BIRTH]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Supreme Decree 5503, issued on December 17, was scrapped in January and replaced by Decree 5516.",
            [("decree", "confirmed"), ("decree", "confirmed")],
        ),
        (
            "In 2018 the UN's top court ruled that Chile had no obligation to negotiate;"
            " Bolivia had taken the case to the world court in 2013.",
            [("treaty", "confirmed"), ("treaty", "confirmed")],
        ),
    ],
)
def test_passive_replacement_and_court_days_by_their_verbs(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(f.kind.value, f.verdict.value) for f in check(text, published="2026-01-31", language="en").findings]
    assert found == expected


def test_a_first_round_told_in_the_past_perfect_with_a_rank() -> None:
    text = (
        "En la primera vuelta, celebrada el 16 de noviembre, Jara había obtenido el 26,8 % y Kast el 23,9 %."
        " Franco Parisi quedó tercero."
    )
    found = [(f.stated, f.verdict.value) for f in check(text, published="2025-12-16", language="es").findings]
    assert ("round 1 on 2025-11-16", "confirmed") in found
    assert ("jeannette-jara: 26.8 percent in round 1", "confirmed") in found
    assert ("jose-antonio-kast: 23.9 percent in round 1", "confirmed") in found
    assert ("franco-parisi ranked 3 in round 1", "confirmed") in found


@pytest.mark.parametrize(
    "text",
    [
        "Hugo Banzer, who seized power in a 1971 coup, was later elected.",
        "Augusto Pinochet governed Chile between 1973 and 1990.",
        "Víctor Paz Estenssoro was Bolivia's president when relations broke in 1962.",
        "Evo Morales came to power in January 2006.",
        "Ricardo Lagos attended Morales's inauguration on 22 January 2006.",
    ],
)
def test_history_told_in_other_words_is_confirmed(text: str) -> None:
    verdicts = [f.verdict.value for f in check(text, published="2026-01-10", language="en").findings]
    assert verdicts
    assert set(verdicts) == {"confirmed"}


def test_each_amount_of_a_decree_is_read_with_its_own_words() -> None:
    text = "El DS 5503 había elevado la Renta Dignidad a 500 bolivianos y el salario mínimo a 3.300 bolivianos."
    found = [(f.quote, f.verdict.value) for f in check(text, published="2026-01-14", language="es").findings]
    assert [v for _, v in found] == ["confirmed", "confirmed"]
    assert all(not q[0].isspace() for q, _ in found)


def test_a_round_border_length_is_about() -> None:
    found = [f.verdict.value for f in check("Comparten 850 kilómetros de frontera.", published="2026-01-14").findings]
    assert found == ["disputed"]


def test_the_winners_share_after_beat() -> None:
    text = "Paz, 58, beat Jorge Quiroga in the runoff, winning 54.96 percent of the vote."
    found = [(f.stated, f.verdict.value) for f in check(text, published="2025-11-10", language="en").findings]
    assert ("rodrigo-paz: 54.96 percent in round 2", "confirmed") in found


def test_attending_is_not_meeting_everyone_named() -> None:
    text = "Gabriel Boric attended the ceremony, the first Chilean president to do so since Ricardo Lagos."
    assert not [f for f in check(text, published="2025-11-10").findings if f.kind is StatementKind.MEETING]


def test_a_surname_after_a_sentence_ending_in_de_is_still_a_name() -> None:
    text = "Milei gobierna desde el 10 de diciembre de 2023.\n\nKast se reunió con Jerí en Lima el 7 de enero."
    found = [f.stated for f in check(text, published="2026-02-20", language="es").findings]
    assert "jose-antonio-kast and jose-jeri met on 2026-01-07 in Lima" in found


def test_a_restoration_to_a_level_the_data_never_records_is_not_contradicted() -> None:
    text = "The two countries have not had ambassadors since 1978, although they restored consular relations in 1979."
    verdicts = [f.verdict.value for f in check(text, published="2026-03-08", language="en").findings]
    assert verdicts == ["confirmed"]


def test_a_court_day_is_the_one_after_its_verb() -> None:
    text = (
        "Bolivia took Chile to the International Court of Justice on 24 April 2013;"
        " the court ruled against Bolivia on 1 October 2018 by 12 votes to 3."
    )
    verdicts = [f.verdict.value for f in check(text, published="2025-12-01", language="en").findings]
    assert verdicts == ["confirmed", "confirmed", "confirmed"]


def test_a_day_after_a_decree_number_is_that_decrees_day_and_at_3500_is_no_age() -> None:
    text = (
        "President Rodrigo Paz on Tuesday signed Supreme Decree 5516, which repealed Decree 5503 of December 18."
        " It also sets the minimum wage at 3,500 bolivianos."
    )
    found = [(f.stated, f.verdict.value) for f in check(text, published="2026-01-14", language="en").findings]
    assert ("DS 5503 of 2025-12-18", "contradicted") in found
    assert ("DS 5516 replaced DS 5503", "confirmed") in found
    assert not any(stated.startswith("rodrigo-paz aged") for stated, _ in found)


def test_days_ago() -> None:
    text = "El presidente José Antonio Kast, que asumió hace cinco días, presentó este lunes su plan."
    found = [(f.kind.value, f.verdict.value) for f in check(text, published="2026-03-16", language="es").findings]
    assert found == [("office_holder", "confirmed")]


PROBES = Path(__file__).resolve().parent / "articles" / "probes"


@pytest.mark.parametrize("name", sorted(p.name for p in PROBES.glob("probe-*.txt")))
def test_probe_articles_contradict_exactly_their_falsehoods(name: str) -> None:
    expected = json.loads((PROBES / "contradicted.json").read_text(encoding="utf-8"))[name]
    report = check((PROBES / name).read_text(encoding="utf-8"))
    assert sorted(f.quote for f in report.findings if f.verdict is CheckVerdict.CONTRADICTED) == expected


def test_a_term_whose_end_is_unknown_vouches_only_for_its_start() -> None:
    # 0.5.0 tester: such terms were read as never ending, and confirmed these.
    text = (
        "Fellman Velarde was Bolivia's foreign minister in 1990. "
        "Joaquín Zenteno Anaya was Bolivia's foreign minister in 2000. "
        "Fellman Velarde was Bolivia's foreign minister in 1962."
    )
    report = check(text, published="2026-01-10", language="en")
    found = [(f.quote, f.verdict) for f in report.findings if f.kind is StatementKind.OFFICE_HOLDER]
    assert [v for _, v in found] == [CheckVerdict.CONTRADICTED, CheckVerdict.CONTRADICTED, CheckVerdict.CONFIRMED]
    assert all("None" not in (f.found or "") for f in report.findings)


@pytest.mark.parametrize(
    ("text", "language", "verdict"),
    [
        ("Luis Arce es presidente de Bolivia desde noviembre de 2020.", "es", CheckVerdict.CONTRADICTED),
        ("Luis Arce, who has governed Bolivia since November 2020, spoke.", "en", CheckVerdict.CONTRADICTED),
        ("Fellman Velarde es canciller de Bolivia desde 1962.", "es", CheckVerdict.CONTRADICTED),
        ("Luis Arce fue presidente de Bolivia desde noviembre de 2020.", "es", CheckVerdict.CONFIRMED),
        ("Rodrigo Paz es presidente de Bolivia desde noviembre de 2025.", "es", CheckVerdict.CONFIRMED),
        ("Fellman Velarde fue canciller de Bolivia entre 1962 y 1990.", "es", CheckVerdict.CONTRADICTED),
    ],
)
def test_a_present_since_or_a_span_past_death_is_checked(text: str, language: str, verdict: CheckVerdict) -> None:
    # 0.5 retest: "X es presidente desde 2020" of someone out of office was confirmed
    report = check(text, published="2026-01-16", language=language)
    found = [f for f in report.findings if f.kind is StatementKind.OFFICE_HOLDER]
    assert [f.verdict for f in found] == [verdict]
    if verdict is CheckVerdict.CONTRADICTED:
        assert found[0].note
