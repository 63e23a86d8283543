"""Backfill archives on a Dask cluster: ``claimtrack backfill``.

The inputs are cut into parts (:mod:`.plan`: a WARC archive at record boundaries
found by a FastWARC headers-only pass, which also gives the record total for the
progress bar; other files in groups). Each part is read and extracted on a Dask
worker (:mod:`.work`), one record at a time in a killable child process with the
time and memory budget of :mod:`claimtrack.isolate`, so one bad record is one
reject and never a lost part. A worker writes its part as Parquet (documents,
articles, statements, figures, rejects) and hands the extractions back; the
client loads them into the store one part per transaction, in input order, so
the store ends exactly as after a plain ``claimtrack ingest`` of the same inputs
(:mod:`.run`). Documents are keyed by the sha256 of their text: a re-run after
a crash, a Ctrl-C or a killed worker extracts and adds only what is missing.
"""

from claimtrack.backfill.plan import Part, plan
from claimtrack.backfill.run import backfill

__all__ = ["Part", "backfill", "plan"]
