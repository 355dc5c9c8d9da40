"""Loading never executes code from data, never opens the network, reads nothing outside the directory.

The load runs in a subprocess under an audit hook (audit hooks cannot be removed), on a
valid dataset whose text fields carry code-looking payloads and whose directory holds a
Python file that must not be imported.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.helpers import write_dataset

PAYLOADS = [
    "__import__('os').system('touch PWNED')",
    "!!python/object/apply:os.system ['touch PWNED']",
    "{{ config.__class__.__init__.__globals__ }}",
    "c__builtin__\neval\n(S'1'\ntR.",
]

_PROBE = r"""
import json, os, sys
data_dir = os.path.realpath(sys.argv[1])
allowed = [os.path.realpath(p) for p in [*sys.path, sys.prefix, sys.base_prefix] if p]
seen = {"forbidden": [], "compiled": [], "opened_outside": []}
FORBIDDEN = ("socket.", "urllib.", "http.", "subprocess.", "os.system", "os.exec", "os.posix_spawn", "os.spawn",
             "pickle.", "ctypes.", "webbrowser.", "ftplib.", "smtplib.")
armed = False

def hook(event, args):
    if not armed:
        return
    if event.startswith(FORBIDDEN):
        seen["forbidden"].append(event)
    elif event in ("compile", "exec"):
        source = args[0]
        if isinstance(source, (bytes, str)):
            seen["compiled"].append(source.decode() if isinstance(source, bytes) else source)
    elif event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
        path = os.path.realpath(os.fsdecode(args[0]))
        if not path.startswith(data_dir) and not any(path.startswith(a) for a in allowed):
            seen["opened_outside"].append(path)

sys.addaudithook(hook)
import chibo
chibo.load()  # imports every module loading uses (pendulum loads ctypes, for one); the data under test comes next
armed = True
ds = chibo.load(data_dir)
armed = False
seen["records"] = len(ds)
seen["evil_imported"] = "evil" in sys.modules
print(json.dumps(seen))
"""


def _hostile_dataset(root: Path, mini: dict[str, Any]) -> Path:
    mini["events"][0]["title"] = PAYLOADS[0]
    mini["events"][0]["note"] = PAYLOADS[1]
    mini["people"][0]["name"] = PAYLOADS[2]
    mini["people"][1]["note"] = PAYLOADS[3]
    mini["sources"][0]["url"] = "http://127.0.0.1:9/never-fetched"
    write_dataset(root, mini)
    (root / "evil.py").write_text("open('PWNED', 'w').write('x')\n", encoding="utf-8")
    (root / "__init__.py").write_text("open('PWNED', 'w').write('x')\n", encoding="utf-8")
    return root


def test_loading_hostile_text_runs_nothing(tmp_path: Path, mini: dict[str, Any]) -> None:
    root = _hostile_dataset(tmp_path / "data", mini)
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, str(root)], capture_output=True, text=True, timeout=120, cwd=tmp_path
    )
    assert out.returncode == 0, out.stderr
    seen = json.loads(out.stdout)
    assert seen["records"] > 10  # the payloads are plain text: the dataset is valid
    assert seen["forbidden"] == []
    assert seen["opened_outside"] == []
    assert seen["evil_imported"] is False
    for source in seen["compiled"]:  # code generated from the classes (cattrs), never from values
        for payload in PAYLOADS:
            assert payload not in source
        assert "127.0.0.1" not in source
    assert not (tmp_path / "PWNED").exists()
    assert not (root / "PWNED").exists()


def test_payloads_come_back_as_plain_text(tmp_path: Path, mini: dict[str, Any]) -> None:
    import chibo

    ds = chibo.load(_hostile_dataset(tmp_path / "data", mini))
    assert ds.get("meeting").title == PAYLOADS[0]  # type: ignore[union-attr]
    assert ds.person("ana").name == PAYLOADS[2]
    assert json.loads(json.dumps(PAYLOADS)) == PAYLOADS
