"""The first answers of a fresh process (issue 17): trusted bundled files, the shipped indexes,
and the fast paths answer exactly as the full, validated load does. Timings are in benchmarks/."""

from __future__ import annotations

import bisect
import contextlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import chibo
import chibo._validation
from chibo._bundled_index import NAMED, NAMES, RECORDS
from chibo._codec import structure
from chibo._fingerprint import FILES
from chibo._layout import CLASS_NAMES, COLLECTIONS
from chibo._loader import fingerprint
from chibo._names import NameIndex
from chibo._trusted import trusted_records

DATA = Path(chibo.__file__).parent / "data"


def test_trusted_records_equal_the_validated_ones() -> None:
    """Every bundled record built without validators equals, field type included, the checked one."""
    for name, cls in COLLECTIONS.items():
        values = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
        trusted = trusted_records(values, cls)
        checked = tuple(structure(value, cls) for value in values)
        assert trusted == checked, name
        assert repr(trusted) == repr(checked), name  # an enum member, not its string; a tuple, not a list


def test_the_shipped_fingerprints_and_indexes_are_those_of_the_bundled_data(ds: chibo.Dataset) -> None:
    for name, digest in FILES.items():
        assert fingerprint((DATA / name).read_bytes()) == digest, name
    spans = {line.split()[0]: line.split()[1:] for line in RECORDS.strip().splitlines()}
    assert {r.id: n for n, records in ds.records.items() for r in records} == {i: s[0] for i, s in spans.items()}
    for record_id, (name, start, end) in spans.items():
        raw = (DATA / f"{name}.json").read_bytes()[int(start) : int(end)]
        assert json.loads(raw)["id"] == record_id
    assert {n: (c.__module__, c.__name__) for n, c in COLLECTIONS.items()} == CLASS_NAMES
    folded = [line.split(" ", 3) for line in NAMES.strip().splitlines()]
    names = [e for e in NameIndex(ds._by_id.values())._names if e[2] != "source"]
    assert [(name, record_id, kind, flag == "1") for record_id, kind, flag, name in folded] == names
    assert set(NAMED) == {n for n, c in COLLECTIONS.items() if c.__name__.lower() in {e[2] for e in names}}


def test_an_index_of_folded_names_answers_like_the_trigram_index(ds: chibo.Dataset) -> None:
    full = NameIndex(ds._by_id.values())
    scan = NameIndex.of_lines("\n".join(f"{i} {k} {int(is_name)} {n}" for n, i, k, is_name in full._names))
    for text in ("tuto", "mayo", "evo", "ds 5503", "D.S. N° 5503", "bo", "paz pereira", "zzz", "", "chile bolivia"):
        for kinds in (None, frozenset({"person"}), frozenset({"event", "source"})):
            assert scan.search(text, kinds) == full.search(text, kinds), (text, kinds)


_COMPARE = """
import json, sys, chibo
from chibo._bundled_index import RECORDS
ids = sorted(line.split()[0] for line in RECORDS.strip().splitlines())[::7] + ['rodrigo-paz', 'BO', 'CL']
texts = ['tuto', 'mayo', 'evo', 'ds 5503', 'D.S. N° 5503', 'bo', 'paz pereira', 'zzz', '', 'Kast']
limits = [10, 1, None]
fast = [repr(chibo.get(i)) for i in ids]
fast += [repr(chibo.search(t, limit=n)) for t in texts for n in limits]
fast += [repr(chibo.relations_status(1976)), repr(chibo.holder('president', 'CL', on='2026-01-01'))]
fast += [repr(chibo.election('BO', 2025))]
state = [chibo._bundled is None, 'chibo.dataset' in sys.modules]
full = chibo.load()
slow = [repr(full.get(i)) for i in ids]
slow += [repr(full.search(t, limit=n)) for t in texts for n in limits]
slow += [repr(full.relations_status(1976)), repr(full.holder('president', 'CL', on='2026-01-01'))]
slow += [repr(full.election('BO', 2025))]
print(json.dumps([*state, fast == slow, chibo.search('tuto') == full.search('tuto')]))
"""


def test_fast_get_and_search_equal_the_full_load() -> None:
    """get() and search() read only the files they need (no Dataset) and answer like the full load."""
    out = subprocess.run([sys.executable, "-c", _COMPARE], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    # not loaded whole; chibo.dataset not even imported: holder and election answer from shipped answers
    assert json.loads(out.stdout) == [True, False, True, True]


def test_a_fast_get_finds_only_whole_ids() -> None:
    code = (
        "import chibo\n"
        "for wrong in ('rodrigo-paz people', 'rodrigo-paz people 4', 'odrigo-paz', 'rodrigo-paz\\n'):\n"
        "    try:\n"
        "        chibo.get(wrong)\n"
        "    except chibo.NotFound:\n"
        "        continue\n"
        "    raise SystemExit(repr(wrong))\n"
        "print(chibo.get('rodrigo-paz').id)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.strip() == "rodrigo-paz"


def test_get_and_search_before_any_other_query_need_no_dataset() -> None:
    code = "import sys, chibo; chibo.get('rodrigo-paz'); chibo.search('tuto'); print('chibo.dataset' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "False"


_COMPARE_QUESTIONS = """
import itertools, json, sys, warnings, chibo
def answer(call):
    try:
        return repr(call())
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
roles = ['president', 'vice_president', 'foreign_minister', 'canciller', 'head_of_mission', 'minister', 'pope', 5]
countries = ['BO', 'CL', 'cl', ' bo ', 'PE', 'XX', 'Chile', None]
days = ['1817-02-16', '1825-08-06', '1900-01-01', '1962-04-15', '1976-01-01', '2003-10-17', '2003-10-18',
        '2019-11-12', '2025-11-08', '2026-01-01', '2026-03-11', '2030-01-01', '1700-01-01', '2026-01', 'garbage']
questions = [(q, (r, c, d)) for q in ('holder', 'incumbency') for r, c, d in itertools.product(roles, countries, days)]
questions += [('office_for', (r, c)) for r, c in itertools.product(roles, countries)]
kinds = (None, 'office', 'elections', 'bogus')
questions += [('coverage', (k, s)) for k in kinds for s in (None, 'cl-president', 'BO', 5)]
years = [2025, '2021', 2019, 1950, 2024, 1980, 2040, 'x', None, 2025.0, 2020, ' 2025 ', True, 0]
questions += [(q, (c, y)) for q in ('election', 'elections') for c, y in itertools.product(countries, years)]
ends = ['2025-10', '2025-12', '1978', 1978, '1978-03-17', '1850', '2026', None, 'garbage', 1879]
questions += [('timeline', (a, b, c)) for a, b in itertools.product(ends, ends) for c in (None, 'BO', 'cl', 'Chile', 5)]
fast = [answer(lambda: getattr(chibo, q)(*a)) for q, a in questions]
state = [chibo._bundled is None]  # every question so far answered without the full load
later = [('timeline', (a, b, 'XX')) for a, b in itertools.product(ends, ends)]  # the full load names the countries
questions += later
fast += [answer(lambda: getattr(chibo, q)(*a)) for q, a in later]
full = chibo.load()
slow = [answer(lambda: getattr(full, q)(*a)) for q, a in questions]
differ = [(q, a, f, s) for (q, a), f, s in zip(questions, fast, slow) if f != s]
print(json.dumps([*state, len(questions), len({s[:20] for s in slow}), repr(differ[:3])]))
"""


def test_fast_office_election_and_timeline_answers_equal_the_full_load() -> None:
    """holder, incumbency, office_for, coverage, election(s) and timeline before the full load (one
    office's terms, one country's elections, the shipped timeline) answer, or raise, exactly as it does."""
    out = subprocess.run([sys.executable, "-c", _COMPARE_QUESTIONS], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    fast_only, count, kinds, differ = json.loads(out.stdout)
    assert fast_only
    assert count > 2000
    assert kinds > 20  # answers and errors of many kinds, not one error everywhere
    assert differ == "[]"


def test_the_shipped_timeline_is_the_full_timeline(ds: chibo.Dataset) -> None:
    from chibo._bundled_timeline import TIMELINE
    from chibo.chronology import ShippedTimeline, window_bounds

    shipped = ShippedTimeline(TIMELINE)
    assert shipped.window(None, None) == ds.timeline()
    assert repr(shipped.window(None, None)) == repr(ds.timeline())
    for start, end in (("2025-10", "2025-12"), (None, "1879"), ("1978-03-17", "1978-03-17"), (2026, None), (1, 9999)):
        assert shipped.window(*window_bounds(start, end)) == ds.timeline(start, end), (start, end)


def test_the_shipped_groups_are_the_records_of_each_office_and_country(ds: chibo.Dataset) -> None:
    from chibo._bundled_groups import GROUPS

    found: dict[tuple[str, str], list[str]] = {}
    for line in GROUPS.strip().splitlines():
        collection, key, *spans = line.split(" ")
        raw = (DATA / f"{collection}.json").read_bytes()
        found[(collection, key)] = [json.loads(raw[int(a) : int(b)])["id"] for a, b in (s.split(":") for s in spans)]
    wanted: dict[tuple[str, str], list[str]] = {}
    records = ds.records
    for office in records.offices:
        wanted.setdefault(("offices", office.country), []).append(office.id)
    for coverage in records.coverage:
        wanted.setdefault(("coverage", f"{coverage.kind.value}:{coverage.subject}"), []).append(coverage.id)
    for vacancy in records.vacancies:
        wanted.setdefault(("vacancies", vacancy.office), []).append(vacancy.id)
    for term in records.terms:
        wanted.setdefault(("terms", term.office), []).append(term.id)
    for person in records.people:  # file order
        for office_id in sorted({t.office for t in records.terms if t.person == person.id}):
            wanted.setdefault(("people", office_id), []).append(person.id)
    for election in records.elections:
        wanted.setdefault(("elections", election.country), []).append(election.id)
        wanted.setdefault(("elections", f"{election.country}:{election.year}"), []).append(election.id)
    assert found == wanted  # file order within each group
    assert ("coverage", "office:cl-president") in found
    assert ("elections", "BO") in found
    assert ("elections", "BO:2025") in found


def test_the_shipped_holders_answer_as_the_full_load_on_every_day(ds: chibo.Dataset) -> None:
    """Every run of ``HOLDERS`` is ``Dataset.holder`` on its first day, and every day of the busiest
    posts (1810-2035) and every 29th day of the others is answered as the full load answers."""
    import datetime

    from chibo._bundled_groups import HOLDERS

    lines = HOLDERS.strip().splitlines()
    assert {tuple(line.split(" ")[:2]) for line in lines} == {(cc, role.value) for cc, role in ds._holders}
    busiest = {"CL president", "BO president"}
    checked = 0
    for line in lines:
        country, role, *runs = line.split(" ")
        days = [int(run.split(":", 1)[0]) for run in runs]
        answers = [run.split(":", 1)[1] for run in runs]
        step = 1 if f"{country} {role}" in busiest else 29
        start, end = datetime.date(1810, 1, 1).toordinal(), datetime.date(2035, 12, 31).toordinal()
        for day in [*range(start, end, step), *days[1:]]:
            answer = answers[bisect.bisect_right(days, day) - 1]
            try:
                person = ds.holder(role, country, datetime.date.fromordinal(day).isoformat())
            except chibo.ChiboError:
                person = None
            assert answer.split(":")[0] == ("-" if person is None else person.id), (line[:20], day)
            checked += 1
    assert checked > 200_000


def test_a_first_holder_builds_one_person_and_no_dataset() -> None:
    code = (
        "import sys, chibo; p = chibo.holder('president', 'CL', on='2026-01-01')\n"
        "print(p.id, 'chibo.dataset' in sys.modules, chibo._groups == {}, sorted(chibo._files))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    files = "['countries', 'coverage', 'metadata', 'offices', 'people', 'terms', 'vacancies']"
    assert out.stdout.strip() == f"gabriel-boric False True {files}"


def test_the_shipped_elections_are_the_full_loads(ds: chibo.Dataset) -> None:
    from chibo._bundled_groups import ELECTIONS

    shipped = {}
    for line in ELECTIONS.strip().splitlines():
        key, record_id, start, end = line.split(" ")
        raw = (DATA / "elections.json").read_bytes()[int(start) : int(end)]
        assert json.loads(raw)["id"] == record_id
        shipped[key] = record_id
    wanted = {}
    for country, year in {(e.country, e.year) for e in ds.records.elections}:
        with contextlib.suppress(chibo.ChiboError):
            wanted[f"{country}:{year}"] = ds.election(country, year).id
    assert shipped == wanted
    assert shipped["BO:2025"] == "bo-2025-general"


def test_a_first_election_builds_one_election_and_no_dataset() -> None:
    code = (
        "import sys, chibo; e = chibo.election('BO', '2025')\n"
        "print(e.id, 'chibo.dataset' in sys.modules, chibo._groups == {}, sorted(chibo._files))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "bo-2025-general False True ['countries', 'coverage', 'elections', 'metadata']"


def test_an_election_question_reads_the_elections_of_its_year_only() -> None:
    code = (
        "import chibo; chibo.election('bo', 2025); chibo.elections('cl', '2021')\n"
        "for groups, part in chibo._groups.items():\n"
        "    if groups[0][0] == 'elections':\n"
        "        print(groups[0][1], sorted({(e.country, e.year) for e in part.records.elections}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.splitlines() == ["BO:2025 [('BO', 2025)]", "CL:2021 [('CL', 2021)]"]


@pytest.fixture
def fresh_bundled(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A copy of the bundled data standing in for it, with every cache of the fast paths empty."""
    root = tmp_path / "data"
    shutil.copytree(DATA, root)
    monkeypatch.setattr(chibo, "_data_dir", lambda: root)
    for name, value in (("_bundled", None), ("_relations", None), ("_name_index", None), ("_shipped_timeline", None)):
        monkeypatch.setattr(chibo, name, value)
    for name in ("_files", "_records", "_parts", "_groups", "_holder_runs"):
        monkeypatch.setattr(chibo, name, {})
    return root


def _count_checks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    original = chibo._validation.check_dataset

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(chibo._validation, "check_dataset", counting)
    return calls


def test_unchanged_bundled_data_skips_the_whole_dataset_checks(
    fresh_bundled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _count_checks(monkeypatch)
    assert len(chibo.load()) == len(RECORDS.strip().splitlines())
    assert calls == []


def test_a_changed_bundled_file_is_validated_in_full(fresh_bundled: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    people = json.loads((fresh_bundled / "people.json").read_text(encoding="utf-8"))
    for person in people:
        if person["id"] == "rodrigo-paz":
            person["name"] = "Rodrigo Paz P."
    (fresh_bundled / "people.json").write_text(json.dumps(people, ensure_ascii=False), encoding="utf-8")
    calls = _count_checks(monkeypatch)
    assert chibo.get("rodrigo-paz").name == "Rodrigo Paz P."  # type: ignore[union-attr]
    assert calls == [1]
    assert [r.id for r in chibo.search("Paz P.", kind="person", limit=1)] == ["rodrigo-paz"]


def test_a_broken_bundled_file_raises_as_a_full_load_would(fresh_bundled: Path) -> None:
    """A question whose files no longer match their fingerprints is answered by the full load, which
    raises; one that needs only unchanged files is still answered from them."""
    terms = json.loads((fresh_bundled / "terms.json").read_text(encoding="utf-8"))
    terms[0]["person"] = "nobody-at-all"
    (fresh_bundled / "terms.json").write_text(json.dumps(terms, ensure_ascii=False), encoding="utf-8")
    unchanged = [r.id for r in chibo.load(DATA).search("tuto")]
    assert [r.id for r in chibo.search("tuto")] == unchanged  # no name is in terms.json
    with pytest.raises(chibo.DataError, match="nobody-at-all"):
        chibo.get(terms[0]["id"])


def test_a_changed_terms_file_is_read_whole_and_checked(fresh_bundled: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    terms = json.loads((fresh_bundled / "terms.json").read_text(encoding="utf-8"))
    changed = next(t for t in terms if t["office"] == "cl-president" and t["start"] == "2022-03-11")
    changed["note"] = "edited after installation"
    (fresh_bundled / "terms.json").write_text(json.dumps(terms, ensure_ascii=False), encoding="utf-8")
    assert chibo.incumbency("president", "CL", on="2023-01-01").term.note == "edited after installation"  # type: ignore[union-attr]
    assert not any(("terms", "cl-president") in key for key in chibo._groups)  # nothing read from the changed file
    changed["start"] = "2022-02-30"
    (fresh_bundled / "terms.json").write_text(json.dumps(terms, ensure_ascii=False), encoding="utf-8")
    chibo._parts.clear()
    monkeypatch.setattr(chibo, "_bundled", None)  # a new process: the edited data was loaded whole above
    with pytest.raises(chibo.DataError, match="2022-02-30"):
        chibo.holder("president", "CL", on="2023-01-01")


def test_an_edited_bundled_file_is_validated_as_a_whole(fresh_bundled: Path) -> None:
    # final tester of 0.5.0: with a vacancy removed, load() raised but holder() answered
    vacancies = json.loads((fresh_bundled / "vacancies.json").read_text(encoding="utf-8"))
    kept = [v for v in vacancies if not (v["office"] == "bo-president" and str(v["start"]).startswith("2019"))]
    assert len(kept) == len(vacancies) - 1
    (fresh_bundled / "vacancies.json").write_text(json.dumps(kept, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(chibo.DataError, match="no term or vacancy"):
        chibo.holder("president", "BO", on="2020-01-01")


@pytest.mark.parametrize("name", ["people", "terms", "coverage", "metadata"])
def test_a_changed_file_of_the_shipped_holders_is_not_answered_from_them(fresh_bundled: Path, name: str) -> None:
    raw = (fresh_bundled / f"{name}.json").read_bytes()
    edited = raw.replace(b'"name": "Gabriel Boric Font"', b'"name": "Gabriel Boric F."', 1) + b"\n"
    (fresh_bundled / f"{name}.json").write_bytes(edited)
    assert chibo._post_runs("CL president") is None  # a file differs from the validated one
    person = chibo.holder("president", "CL", on="2023-01-01")
    assert person is not None
    assert person.id == "gabriel-boric"
    assert person.name == ("Gabriel Boric F." if name == "people" else "Gabriel Boric Font")


def test_a_changed_elections_file_is_not_answered_from_the_shipped_elections(fresh_bundled: Path) -> None:
    elections = json.loads((fresh_bundled / "elections.json").read_text(encoding="utf-8"))
    changed = next(e for e in elections if e["id"] == "bo-2025-general")
    changed["note"] = "edited after installation"
    (fresh_bundled / "elections.json").write_text(json.dumps(elections, ensure_ascii=False), encoding="utf-8")
    assert chibo.election("BO", 2025).note == "edited after installation"


def test_a_changed_file_of_the_timeline_is_answered_by_the_full_load(fresh_bundled: Path) -> None:
    events = json.loads((fresh_bundled / "events.json").read_text(encoding="utf-8"))
    changed = next(e for e in events if e["id"] == "1978-03-17-break")
    changed["title"] = "Edited after installation"
    (fresh_bundled / "events.json").write_text(json.dumps(events, ensure_ascii=False), encoding="utf-8")
    titles = [e.title for e in chibo.timeline("1978-03-17", "1978-03-17")]
    assert "Edited after installation" in titles
    assert chibo._bundled is not None


def test_search_reads_the_full_load_when_a_file_with_names_changed(fresh_bundled: Path) -> None:
    people = json.loads((fresh_bundled / "people.json").read_text(encoding="utf-8"))
    people[0]["name"] = " "
    (fresh_bundled / "people.json").write_text(json.dumps(people, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(chibo.DataError, match="blank"):
        chibo.search("tuto")


def test_a_users_directory_is_always_validated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The very bytes of the bundled files, in a directory of one's own: every check runs."""
    root = tmp_path / "mine"
    shutil.copytree(DATA, root)
    calls = _count_checks(monkeypatch)
    chibo.load(root)
    assert calls == [1]


def test_first_get_from_many_threads_reads_its_file_once() -> None:
    code = """
import threading, chibo, chibo._loader
calls = []
original = chibo._loader.read_trusted_bytes
def counting(*a, **k):
    calls.append(a[1])
    return original(*a, **k)
chibo._loader.read_trusted_bytes = counting
results = []
barrier = threading.Barrier(16)
def worker():
    barrier.wait()
    results.append(chibo.get('rodrigo-paz'))
threads = [threading.Thread(target=worker) for _ in range(16)]
[t.start() for t in threads]; [t.join() for t in threads]
print(calls, len({id(r) for r in results}), len(results), chibo._bundled is None)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.split() == ["['people.json']", "1", "16", "True"]


def test_first_holder_from_many_threads_reads_each_file_and_office_once() -> None:
    code = """
import threading, chibo, chibo._loader
calls = []
original = chibo._loader._read_bytes
def counting(*a, **k):
    calls.append(a[1])
    return original(*a, **k)
chibo._loader._read_bytes = counting
results = []
barrier = threading.Barrier(16)
def worker(i):
    barrier.wait()
    day = '2019-01-01' if i % 2 else '2023-01-01'
    if i % 4 < 2:  # the shipped answers, one Person built per id
        results.append(chibo.holder('president', 'CL', on=day))
    else:  # a dataset of the office
        results.append(chibo.incumbency('president', 'CL', on=day).person)
threads = [threading.Thread(target=worker, args=(i,)) for i in range(16)]
[t.start() for t in threads]; [t.join() for t in threads]
people = [r for r in results if not isinstance(r, str)]
twice = sorted(name for name in set(calls) if calls.count(name) > 1)  # read by both paths, once each
print(twice == ['countries.json', 'metadata.json'] and len(calls) == len(set(calls)) + 2, len(chibo._groups),
      len({id(p) for p in people}),
      sorted({getattr(r, 'id', r) for r in results}), chibo._bundled is None)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    # groups: the offices of CL, then cl-president (incumbency); holder builds each person once
    assert out.stdout.split() == ["True", "2", "2", "['gabriel-boric',", "'sebastian-pinera']", "True"]
