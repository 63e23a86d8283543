"""Syndication: the same wire story printed by several outlets is one story.

Two article bodies are copies when their normalised texts are equal (the
:func:`fingerprint`, which ignores case, accents, punctuation and spacing) or
near-equal: the resemblance of their word 3-shingle sets (Broder 1997: Jaccard
similarity of shingles), estimated from bottom-k :func:`sketch` es of
:data:`K` hashes, is at least :data:`NEAR`. Outlets that add a line or change a
word stay copies; a rewritten story does not. (Simhash with a 3-bit threshold, as
used for web pages, is too noisy for bodies of a few dozen words.)
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import lru_cache

from claimtrack.compare.keys import text_key

K = 32
NEAR = 0.7


def fingerprint(body: str) -> str:
    """Hex SHA-1 (40 characters) of the body folded by :func:`~claimtrack.compare.keys.text_key`."""
    return hashlib.sha1(text_key(body).encode("utf-8")).hexdigest()


def sketch(body: str) -> str:
    """The bottom-:data:`K` sketch of the body's word 3-shingles: the K smallest 32-bit shingle
    hashes (first 4 bytes of BLAKE2b), as 8 hex digits each in ascending order, no separator.

    A body of fewer than three words is one shingle; an empty body has an empty sketch.
    """
    words = text_key(body).split()
    if not words:
        return ""
    shingles = {" ".join(words[i : i + 3]) for i in range(max(1, len(words) - 2))}
    hashes = sorted({hashlib.blake2b(s.encode("utf-8"), digest_size=4).hexdigest() for s in shingles})
    return "".join(hashes[:K])


@lru_cache(maxsize=65536)  # a group compares each sketch with many others
def _values(sk: str) -> frozenset[str]:
    return frozenset({sk[i : i + 8] for i in range(0, len(sk), 8)})


def resemblance(a: str, b: str) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two sketches, in [0, 1].

    The K smallest hashes of the union are a sample of the union; the share of them
    present in both sketches estimates the resemblance (exact when both bodies have
    at most K shingles). Two empty sketches give 0.0.
    """
    va, vb = _values(a), _values(b)
    union = sorted(va | vb)[:K]
    if not union:
        return 0.0
    last = union[-1]  # the K smallest of the union are every hash up to this one
    both = sum(1 for h in va & vb if h <= last)
    return both / len(union)


def same_story(fp_a: str, sk_a: str, fp_b: str, sk_b: str) -> bool:
    """Whether two bodies, given by fingerprint and sketch, are copies of one story."""
    if fp_a == fp_b:
        return True
    va, vb = _values(sk_a), _values(sk_b)
    n = min(K, len(va | vb))  # the sample resemblance counts over
    if n and len(va & vb) / n < NEAR:  # it counts only shared hashes: too few of them, no need to sort
        return False
    return resemblance(sk_a, sk_b) >= NEAR


def stories(bodies: Sequence[tuple[str, str]]) -> list[int]:
    """Cluster bodies into stories; ``bodies[i] = (fingerprint, sketch)``.

    Returns a story label per body: the index of the first body of its story, so
    ``[0, 0, 2]`` says bodies 0 and 1 are one story and body 2 another. Copies are
    linked transitively (single linkage). Quadratic in ``len(bodies)``; callers pass
    the articles of one figure group, not a whole store.
    """
    parent = list(range(len(bodies)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            if same_story(*bodies[i], *bodies[j]):
                ri, rj = find(i), find(j)
                if ri != rj:
                    parent[max(ri, rj)] = min(ri, rj)
    return [find(i) for i in range(len(bodies))]
