"""Print the resolved annotations of gold documents, to check them by eye.

``python eval/show.py eval/nl/dev.jsonl [ID-PREFIX]``
"""

from __future__ import annotations

import sys

from claimtrack.evaluate.gold import load


def main(argv: list[str]) -> int:
    prefix = argv[1] if len(argv) > 1 else ""
    for d in load(argv[0]):
        if not d.id.startswith(prefix):
            continue
        print(f"== {d.id} ({d.style}) fetched_at={d.fetched_at}")
        for a in d.articles:
            print(f"  A {a.role:6} {a.anchor.text!r} place={a.place} agencies={list(a.agencies)} published={a.published}")
        for i, s in enumerate(d.statements):
            srcs = ", ".join(f"{x.span.text!r}={x.name}" for x in s.sources) or "-"
            extra = "".join(f" {k}={getattr(s, k).text!r}" for k in ("cue_aux", "medium", "time") if getattr(s, k))
            print(f"  S{i} {s.kind:12} {srcs} / {s.cue.text!r}{extra}\n      {s.content.text!r}")
        for f in d.figures:
            print(f"  F {f.span.text!r} low={f.low} high={f.high} approx={f.approximate} unit={f.unit} {f.category} st={f.statement} src={f.source_name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
