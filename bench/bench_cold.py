"""What a fresh process pays: ``claimtrack extract PAGE`` run as its own process, per tree.

    python3 bench/bench_cold.py                                  # this tree
    python3 bench/bench_cold.py --against /work/old-c8925de --against /work/main [PAGE ...]

``claimtrack extract`` (and any script that calls it once per page) starts a new
process for every page: it imports the package, loads each language's data, compiles
its patterns and judges every word for the first time, which bench_extract's warm-up
hides. Each row is the best of ``--repeat`` CPU times (user + system of the child, so
a busy machine matters less than for wall time), trees interleaved:

- ``import``: ``python3 -c "import claimtrack.cli"`` (the command's start-up);
- ``PAGE -l xx``: extract with the language given (start-up + the first document);
- ``PAGE``: extract with the language identified (also loads the identifier's model),
  as ``../shared/realpages/run.py`` runs it.

Pages: the shipped sample and two generated bench pages (bench/corpus.py, written to a
temporary folder), plus any PAGE given. Bytecode is cached per tree in a temporary
folder (an installed package has its ``.pyc`` files; compiling the sources would
otherwise be most of the start-up), filled by one untimed run first; that run also
writes a tree's unpacked copy of the identifier's model (:mod:`claimtrack.langid`, in
``CLAIMTRACK_CACHE_DIR``) where the tree has one, as a user's first run would.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))


def _run(cmd: list[str], env: dict[str, str]) -> None:
    # run outside any tree: ``-c`` and ``-m`` put the working folder before PYTHONPATH
    cwd = env["PYTHONPYCACHEPREFIX"]
    Path(cwd).mkdir(exist_ok=True)
    subprocess.run(cmd, env=env, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _cpu_of(cmd: list[str], env: dict[str, str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    _run(cmd, env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def _pages(extra: list[str], folder: Path) -> list[tuple[str, Path, str | None]]:
    from corpus import corpus

    pages: list[tuple[str, Path, str | None]] = [("sample wire_nl.txt", ROOT / "claimtrack" / "samples" / "wire_nl.txt", "nl")]
    for i, text in enumerate(corpus(40)[30:32]):
        path = folder / f"bench{i}.txt"
        path.write_text(text, encoding="utf-8")
        pages.append((f"bench page {i}", path, None))
    pages += [(Path(p).name[:28], Path(p).resolve(), None) for p in extra]
    return pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="*", help="more page files (.txt or .html)")
    parser.add_argument("--against", action="append", default=[], help="another tree, measured in the same run (repeatable)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    trees = [Path(t).resolve() for t in args.against] + [ROOT]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        rows: list[tuple[str, list[str]]] = [("import", ["-c", "import claimtrack.cli"])]
        for name, path, code in _pages(args.pages, folder):
            extract = ["-m", "claimtrack", "extract", str(path), "--format", "json"]
            if code:
                rows.append((f"{name} -l {code}", extract + ["-l", code]))
            rows.append((name, extract))
        envs = []
        for i, tree in enumerate(trees):
            env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
            env.update(PYTHONPATH=str(tree), PYTHONPYCACHEPREFIX=str(folder / f"pyc{i}"))
            envs.append(env)
            for _, cmd in rows:  # fills the bytecode cache, untimed
                _run([sys.executable, *cmd], env)
        print(f"{'CPU s, best of ' + str(args.repeat):34}" + "".join(f"{t.name[:14]:>15}" for t in trees))
        for name, cmd in rows:
            best = [float("inf")] * len(trees)
            for _ in range(args.repeat):
                for i, env in enumerate(envs):
                    best[i] = min(best[i], _cpu_of([sys.executable, *cmd], env))
            print(f"{name:34}" + "".join(f"{b:15.3f}" for b in best), flush=True)


if __name__ == "__main__":
    main()
