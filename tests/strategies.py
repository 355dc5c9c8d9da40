"""Hypothesis strategies that build valid model objects."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

import chibo
from chibo import PartialDate

ids = st.from_regex(r"[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,6}){0,2}", fullmatch=True)
text = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Cf", "Cn", "Zl", "Zp", "Co")), min_size=1, max_size=20
).filter(lambda s: s.strip() != "")
source_ids = st.lists(ids, min_size=1, max_size=3).map(tuple)
optional_text = st.none() | text
countries = st.sampled_from(["AR", "BO", "CL", "EC", "ES", "PE", "US"])

partial_dates = st.builds(
    lambda d, precision: PartialDate(
        year=d.year, month=d.month if precision > 0 else None, day=d.day if precision > 1 else None
    ),
    st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2100, 12, 31)),
    st.integers(0, 2),
)
alternatives = st.lists(
    st.builds(
        chibo.Alternative,
        field=st.sampled_from(["date", "votes", "name"]),
        value=st.text(
            st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Cf", "Cn", "Zl", "Zp", "Co")), max_size=10
        ),
        sources=source_ids,
        note=optional_text,
    ),
    max_size=2,
).map(tuple)


def _record(cls: type, **fields: st.SearchStrategy[object]) -> st.SearchStrategy[object]:
    return st.builds(cls, id=ids, sources=source_ids, note=optional_text, alternatives=alternatives, **fields)


def _ordered_pair(a: PartialDate, b: PartialDate) -> tuple[PartialDate, PartialDate]:
    return (a, b) if a <= b else (b, a)


sources = st.builds(
    chibo.Source,
    id=ids,
    url=st.from_regex(r"https://[a-z]{1,10}\.(org|com|cl|bo)/[a-z0-9/-]{0,20}", fullmatch=True),
    title=optional_text,
    publisher=text,
    published=st.none() | partial_dates,
    language=st.sampled_from(["es", "en", "pt"]),
    note=optional_text,
)
country_records = st.builds(
    chibo.Country,
    id=countries,
    sources=source_ids,
    alpha3=st.from_regex(r"[A-Z]{3}", fullmatch=True),
    name_en=text,
    name_es=text,
    capital=optional_text,
    time_zones=st.lists(st.sampled_from(["America/La_Paz", "America/Santiago", "UTC"]), max_size=2).map(tuple),
)
borders = _record(
    chibo.Border,
    countries=st.just(("BO", "CL")),
    lengths=st.tuples(
        st.builds(chibo.BorderLength, km=st.floats(0, 5000), sources=source_ids, preferred=st.just(True)),
    ),
)
people = _record(
    chibo.Person,
    name=text,
    other_names=st.lists(text, max_size=2).map(tuple),
    aliases=st.lists(text, max_size=2).map(tuple),
    birth_date=st.none() | partial_dates,
    birth_place=optional_text,
    death_place=optional_text,
)
organizations = _record(
    chibo.Organization, name=text, kind=st.sampled_from(chibo.OrganizationKind), abbreviation=optional_text
)
offices = _record(
    chibo.Office,
    country=countries,
    role=st.sampled_from(chibo.Role),
    label_en=text,
    label_es=text,
    single_seat=st.booleans(),
)
terms = st.tuples(partial_dates, partial_dates, st.booleans()).flatmap(
    lambda t: _record(
        chibo.Term,
        person=ids,
        office=ids,
        start=st.just(_ordered_pair(t[0], t[1])[0]),
        end=st.just(_ordered_pair(t[0], t[1])[1] if t[2] else None),
        end_reason=st.sampled_from(chibo.TermEnd) if t[2] else st.none(),
        acting=st.booleans(),
        rank=st.none() | st.sampled_from(chibo.MissionRank),
        organization=st.none() | ids,
    )
)
coverage = st.tuples(partial_dates, partial_dates, st.booleans(), st.sampled_from(chibo.CoverageKind)).flatmap(
    lambda t: _record(
        chibo.Coverage,
        kind=st.just(t[3]),
        subject=ids,
        start=st.none() if t[3] is chibo.CoverageKind.SELECTION else st.just(_ordered_pair(t[0], t[1])[0]),
        end=st.just(_ordered_pair(t[0], t[1])[1] if t[2] and t[3] is not chibo.CoverageKind.SELECTION else None),
    )
)
vacancies = st.tuples(partial_dates, partial_dates, st.booleans()).flatmap(
    lambda t: _record(
        chibo.Vacancy,
        office=ids,
        start=st.just(_ordered_pair(t[0], t[1])[0]),
        end=st.just(_ordered_pair(t[0], t[1])[1] if t[2] else None),
        reason=text,
    )
)
results = st.builds(
    chibo.Result,
    candidate=ids,
    party=st.none() | ids,
    votes=st.none() | st.integers(0, 10**8),
    share=st.none() | st.floats(0, 100),
)
counts = st.builds(
    chibo.Count,
    stage=st.sampled_from(chibo.CountStage),
    source=ids,
    reported=st.none() | partial_dates,
    coverage=st.none() | st.floats(0, 100),
    valid=st.none() | st.integers(0, 10**8),
    results=st.lists(results, min_size=1, max_size=4, unique_by=lambda r: r.candidate).map(tuple),
)
elections = st.lists(partial_dates, min_size=1, max_size=2).flatmap(
    lambda dates: _record(
        chibo.Election,
        country=countries,
        kind=st.just("general"),
        title=text,
        rounds=st.tuples(
            *[
                st.builds(
                    chibo.Round,
                    number=st.just(i + 1),
                    date=st.just(d),
                    counts=st.lists(counts, min_size=1, max_size=2).map(tuple),
                )
                for i, d in enumerate(sorted(dates))
            ]
        ),
    )
)
event_reports = st.lists(
    st.builds(
        chibo.EventReport,
        reported=partial_dates,
        source=ids,
        status=st.sampled_from(chibo.EventStatus),
        date=st.none() | partial_dates,
        place=optional_text,
    ),
    max_size=3,
).map(lambda rs: tuple(sorted(rs, key=lambda r: r.reported)))
events = event_reports.flatmap(
    lambda history: _record(
        chibo.Event,
        kind=st.sampled_from(chibo.EventKind),
        title=text,
        status=st.just(history[-1].status) if history else st.sampled_from(chibo.EventStatus),
        date=st.none() | partial_dates,
        place=optional_text,
        participants=st.lists(ids, max_size=3).map(tuple),
        countries=st.lists(countries, max_size=2).map(tuple),
        topics=st.lists(text, max_size=2).map(tuple),
        history=st.just(history),
    )
)
decree_reports = st.lists(
    st.builds(chibo.DecreeReport, reported=partial_dates, source=ids, status=st.sampled_from(chibo.DecreeStatus)),
    max_size=3,
).map(lambda rs: tuple(sorted(rs, key=lambda r: r.reported)))
decrees = decree_reports.flatmap(
    lambda history: _record(
        chibo.Decree,
        country=countries,
        number=st.from_regex(r"[0-9]{3,5}", fullmatch=True),
        kind=st.just("supreme_decree"),
        status=st.just(history[-1].status) if history else st.sampled_from([chibo.DecreeStatus.IN_FORCE]),
        issued=st.none() | partial_dates,
        measures=st.lists(text, max_size=2).map(tuple),
        history=st.just(history),
    )
)
agreements = _record(
    chibo.Agreement,
    title=text,
    kind=st.sampled_from(chibo.AgreementKind),
    status=text,
    signed=st.none() | partial_dates,
    parties=st.lists(countries, max_size=2).map(tuple),
)
relations = st.tuples(partial_dates, partial_dates, st.booleans()).flatmap(
    lambda t: _record(
        chibo.RelationsPeriod,
        countries=st.just(("BO", "CL")),
        level=st.sampled_from(chibo.RelationsLevel),
        start=st.just(_ordered_pair(t[0], t[1])[0]),
        end=st.just(_ordered_pair(t[0], t[1])[1] if t[2] else None),
        cause=text,
    )
)
claims = _record(
    chibo.Claim,
    source=ids,
    statement=text,
    verdict=st.sampled_from(chibo.Verdict),
    explanation=text,
    about=st.lists(ids, max_size=2).map(tuple),
    evidence=source_ids,
)

BY_CLASS = {
    chibo.Source: sources,
    chibo.Country: country_records,
    chibo.Border: borders,
    chibo.Person: people,
    chibo.Organization: organizations,
    chibo.Office: offices,
    chibo.Term: terms,
    chibo.Election: elections,
    chibo.Decree: decrees,
    chibo.Event: events,
    chibo.Agreement: agreements,
    chibo.RelationsPeriod: relations,
    chibo.Claim: claims,
    chibo.Coverage: coverage,
    chibo.Vacancy: vacancies,
}
