"""Rebuild the gold JSONL files from the annotation sources: ``python eval/build.py``.

For each language folder ``eval/<lang>/`` (its name is the documents' language) this imports every ``src/dev_*.py`` and
``src/test_*.py`` (each defines ``DOCS``, a list of
:class:`claimtrack.evaluate.annotate.Doc`), resolves the quoted phrases to
offsets with the conventions in ``eval/<lang>/conventions.toml``, validates every
span, and writes ``eval/<lang>/dev.jsonl`` and ``eval/<lang>/test.jsonl``.

``python eval/build.py --check`` writes nothing and exits 1 when a JSONL file is
not what the sources give (for CI).
"""

from __future__ import annotations

import dataclasses
import importlib.util
import sys
from pathlib import Path

from claimtrack.evaluate.annotate import Conventions, resolve
from claimtrack.evaluate.gold import dumps

HERE = Path(__file__).resolve().parent
SPLITS = ("dev", "test")


def _module(path: Path):
    spec = importlib.util.spec_from_file_location(f"_gold_{path.parent.parent.name}_{path.stem}", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def build(lang_dir: Path) -> dict[Path, str]:
    """The JSONL text of each split of one language folder, keyed by output path."""
    conv = Conventions.from_toml(lang_dir / "conventions.toml")
    out: dict[Path, str] = {}
    seen: dict[str, Path] = {}
    problems: list[str] = []
    for split in SPLITS:
        lines = []
        for src in sorted((lang_dir / "src").glob(f"{split}_*.py")):
            for doc in _module(src).DOCS:
                doc = dataclasses.replace(doc, language=lang_dir.name)  # the folder names the language
                if doc.id in seen:
                    raise SystemExit(f"{src}: document id {doc.id!r} also in {seen[doc.id]}")
                seen[doc.id] = src
                try:
                    lines.append(dumps(resolve(doc, split, conv)))
                except ValueError as exc:  # AnnotationError, GoldError: report them all, then stop
                    problems.append(f"{src.name}: {exc}")
        if problems:
            raise SystemExit("\n".join(problems))
        out[lang_dir / f"{split}.jsonl"] = "".join(line + "\n" for line in lines)
    return out


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for lang_dir in sorted(p for p in HERE.iterdir() if (p / "conventions.toml").is_file()):
        for path, text in build(lang_dir).items():
            n = text.count("\n")
            if check:
                if not path.is_file() or path.read_text(encoding="utf-8") != text:
                    stale.append(path)
            else:
                path.write_text(text, encoding="utf-8")
                print(f"{path.relative_to(HERE.parent)}: {n} documents")
    if stale:
        print("out of date (run python eval/build.py): " + ", ".join(str(p) for p in stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
