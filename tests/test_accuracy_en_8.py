"""English constructions of news that claimtrack missed or misread (the accen14 track,
round 2 of the session): every sentence here is invented for these tests."""

from __future__ import annotations

from test_accuracy_en_3 import _figures, _spans


def test_a_part_of_the_wounded_who_died_is_killed() -> None:
    # "Two of the wounded died": the event word after the partitive names the whole group,
    # what happened to the part is the event after it
    assert _figures("Four of the wounded died at Marrow General, the hospital said.") == [
        ("Four", 4, 4, None, "killed", "hospital")
    ]
    assert _figures("Nine of the injured soldiers later died of burns.")[0][:5] == ("Nine", 9, 9, None, "killed")
    # the part keeps the group's event when nothing else happened to it
    assert _figures("Four of the wounded were teenagers.") == [("Four", 4, 4, None, "wounded", None)]
    assert _figures("Seven of the injured were flown to Ostel.")[0][4] == "wounded"
    # two joined event words name one group: both together
    assert _figures("Five of the dead and wounded were firemen.")[0][4] == "killed_or_wounded"
