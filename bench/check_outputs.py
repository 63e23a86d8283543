"""Fingerprint of ``claimtrack.extract`` outputs, to prove an optimisation changed nothing.

    python bench/check_outputs.py [--save FILE]

Runs ``extract`` over bench/corpus.py's first 300 pages, every document of
eval/nl/ and eval/en/ dev.jsonl and test.jsonl (their "text" and "fetched_at") and
every file in tests/pages/, and prints one sha256 over all the JSON outputs.
With ``--save`` it also writes the outputs, one JSON document per line prefixed
by its name, so two runs can be compared with ``diff``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from corpus import corpus  # noqa: E402

from claimtrack import extract  # noqa: E402

FETCHED = datetime.fromisoformat("2026-01-14T22:00:00+01:00")


def inputs() -> list[tuple[str, str | Path, datetime | None]]:
    """(name, source, fetched_at) for every document checked, in a fixed order."""
    items: list[tuple[str, str | Path, datetime | None]] = [
        (f"corpus/{i}", text, FETCHED) for i, text in enumerate(corpus(300))
    ]
    for language, split in (("nl", "dev"), ("nl", "test"), ("en", "dev"), ("en", "test")):
        with open(ROOT / "eval" / language / f"{split}.jsonl", encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                if not line.strip():
                    continue
                doc = json.loads(line)
                fetched = doc.get("fetched_at")
                prefix = "eval" if language == "nl" else f"eval-{language}"  # Dutch names as before
                items.append((f"{prefix}/{split}/{doc.get('id', n)}", doc["text"], datetime.fromisoformat(fetched) if fetched else None))
    # Relative paths (run from ROOT) so the recorded source path is the same in any checkout.
    for path in sorted((ROOT / "tests" / "pages").iterdir()):
        if path.is_file():
            items.append((f"pages/{path.name}", path.relative_to(ROOT), FETCHED))
    return items


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save", type=Path, help="also write every output to this file")
    args = parser.parse_args()
    os.chdir(ROOT)
    digest = hashlib.sha256()
    out = args.save.open("w", encoding="utf-8") if args.save else None
    count = 0
    for name, source, fetched in inputs():
        result = extract(source, fetched_at=fetched).to_json(indent=None)
        digest.update(name.encode() + b"\0" + result.encode() + b"\n")
        if out:
            out.write(f"{name}\t{result}\n")
        count += 1
    if out:
        out.close()
    print(f"{count} documents: sha256 {digest.hexdigest()}")


if __name__ == "__main__":
    main()
