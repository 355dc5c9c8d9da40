"""Load chibo's CSV export into pandas and query it with DuckDB.

Needs the extra: pip install ".[frames]"   (pandas and DuckDB)

    python examples/csv_with_pandas_duckdb.py            # exports to a temporary directory
    python examples/csv_with_pandas_duckdb.py OUT_DIR    # or keeps the CSV files in OUT_DIR

Dates in the export keep their precision ("2025", "2025-12", "2025-12-17"), so read
them as text: letting pandas or DuckDB parse them would turn "December 2025" into
1 December 2025. ISO text still sorts and compares in date order for dates of the
same precision. List-valued columns (participants, sources, ...) are joined with "|".
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import chibo

try:
    import duckdb
    import pandas as pd
except ImportError:
    sys.exit("this example needs pandas and DuckDB: pip install 'chibo[frames]'")


def presidents_of_bolivia(csv_dir: Path) -> pd.DataFrame:
    """pandas: join terms, people and offices; every column read as text."""
    read = {"dtype": str, "keep_default_na": False}
    terms = pd.read_csv(csv_dir / "terms.csv", **read)
    people = pd.read_csv(csv_dir / "people.csv", **read)[["id", "name"]]
    offices = pd.read_csv(csv_dir / "offices.csv", **read)[["id", "country", "role"]]
    table = terms.merge(people, left_on="person", right_on="id", suffixes=("", "_person"))
    table = table.merge(offices, left_on="office", right_on="id", suffixes=("", "_office"))
    table = table[(table["country"] == "BO") & (table["role"] == "president") & (table["start"] >= "2000")]
    table = table.assign(end=table["end"].replace("", "(in office)"))
    return table.sort_values("start")[["name", "start", "end", "end_reason"]].reset_index(drop=True)


def events_per_year_and_kind(csv_dir: Path, since: str) -> list[tuple[str, str, int]]:
    """DuckDB: SQL straight over the CSV file, all columns as VARCHAR."""
    query = """
        SELECT substr(date, 1, 4) AS year, kind, count(*) AS events
        FROM read_csv(?, header = true, all_varchar = true)
        WHERE date >= ?
        GROUP BY year, kind
        ORDER BY year, events DESC, kind
    """
    with duckdb.connect() as con:
        rows = con.execute(query, [str(csv_dir / "events.csv"), since]).fetchall()
    return [(str(year), str(kind), int(count)) for year, kind, count in rows]


def main(out: Path) -> None:
    chibo.load().export("csv", out)
    print(f"CSV export of chibo dataset {chibo.load().version} in {out}\n")
    print("Presidents of Bolivia since 2000 (pandas):")
    print(presidents_of_bolivia(out).to_string(index=False))
    print("\nEvents per year and kind since 2025 (DuckDB):")
    for year, kind, count in events_per_year_and_kind(out, "2025"):
        print(f"  {year}  {kind:<18} {count:>3}")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        main(Path(sys.argv[1]))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            main(Path(tmp) / "chibo-csv")
