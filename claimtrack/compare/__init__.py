"""Cross-source comparison: canonical entities, syndicated copies, figure groups and disagreements.

* :mod:`~claimtrack.compare.keys`: normalised keys for subjects, places, names;
* :mod:`~claimtrack.compare.entities`: one canonical entity per person, organisation, country;
* :mod:`~claimtrack.compare.syndication`: the same wire story printed by several outlets;
* :mod:`~claimtrack.compare.groups`: figure groups, claims, revisions, disagreements.

Everything here is pure; the store calls it with rows it read.
"""

from claimtrack.compare.groups import (
    Claim,
    Disagreement,
    FigureGroup,
    FigureRecord,
    Revision,
    group_figures,
)

__all__ = ["Claim", "Disagreement", "FigureGroup", "FigureRecord", "Revision", "group_figures"]
