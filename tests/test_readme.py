"""The README shows real output: its abridged example must match what extract gives."""

from __future__ import annotations

import json
import re

from claimtrack import extract

from conftest import ROOT, SAMPLE, at


def matches(shown, real) -> bool:
    """Whether every value the README shows equals the real one; a "..." key elides the rest."""
    if isinstance(shown, dict):
        if not isinstance(real, dict):
            return False
        return all(matches(v, real.get(k)) for k, v in shown.items() if k != "...")
    if isinstance(shown, list):
        return isinstance(real, list) and len(shown) <= len(real) and all(matches(s, r) for s, r in zip(shown, real))
    return shown == real


def test_readme_example_is_real_output():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## What comes out.*?```json\n(.*?)```", readme, re.S).group(1)
    shown = json.loads(block)
    real = json.loads(extract(SAMPLE, fetched_at=at("2026-01-14T22:00:00+01:00")).to_json())
    assert shown["schema"] == real["schema"]
    for key in ("articles", "statements", "figures"):
        by_id = {item["id"]: item for item in real[key]}
        for item in shown[key]:
            assert matches(item, by_id[item["id"]]), (key, item["id"])


def test_readme_commands_exist():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert 'python3 -m pip install -q -e ".[test]" && python3 -m pytest' in readme
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert 'python3 -m pip install -q -e ".[test]" && python3 -m pytest' in ci
