"""Wire items (NewsML-G2, NITF, ninjs, news-API JSON): fields, text, times, figures.

The sample items in tests/data/wire are invented, written after the public IPTC
specifications; ids, image sizes, versions and timestamps sit in their markup so
that a figure taken from markup would show.
"""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from claimtrack.document import Document
from claimtrack.errors import InputError
from claimtrack.pipeline import extract
from claimtrack.read import read
from claimtrack.read.inputs import Reject, iter_documents
from claimtrack.read.wire import read_wire, wire_kind

DATA = Path(__file__).parent / "data" / "wire"
CET = timezone(timedelta(hours=1))


def _one(name: str):
    x = extract(Path(DATA / name))
    assert len(x.articles) >= 1
    return x, x.articles[0]


def test_sniff_from_content_not_name(tmp_path: Path) -> None:
    assert wire_kind((DATA / "newsml_g2.xml").read_bytes()) == "newsml"
    assert wire_kind((DATA / "newsml_message.xml").read_bytes()) == "newsml"
    assert wire_kind((DATA / "nitf.xml").read_bytes()) == "nitf"
    assert wire_kind((DATA / "ninjs.json").read_bytes()) == "ninjs"
    assert wire_kind((DATA / "ninjs2.json").read_bytes()) == "ninjs"
    assert wire_kind((DATA / "newsapi.json").read_bytes()) == "newsapi"
    assert wire_kind(b"<html><body><p>x</p></body></html>") is None
    assert wire_kind(b'{"a": 1}') is None
    lying = tmp_path / "bericht.txt"
    shutil.copy(DATA / "nitf.xml", lying)
    doc = read(lying)
    assert doc.title == "Staking legt haven van Zeebrugge twee dagen stil"
    assert "<" not in doc.text


def test_newsml_g2_xhtml_fields_and_text() -> None:
    (item,) = read_wire((DATA / "newsml_g2.xml").read_bytes())
    assert item.headline == "Dijk bij Veessen houdt het na dagen hoog water"
    assert item.slugline == "WEER-DIJK"
    assert item.byline == "Door Marloes Verhagen"
    assert item.creditline == "ANP"
    assert item.located == "Zwolle"
    assert item.published == datetime(2026, 1, 14, 20, 55, tzinfo=CET)  # contentCreated
    assert item.language == "nl"
    assert item.replaces is None
    x, a = _one("newsml_g2.xml")
    assert x.language == "nl"
    assert a.headline.text == item.headline
    assert (a.dateline.place, a.dateline.agencies) == ("ZWOLLE", ("ANP",))
    assert x.text[a.dateline.start : a.body.start] == "ZWOLLE (ANP) - "
    assert a.body.text.startswith("De dijk bij Veessen heeft")
    assert a.body.text.endswith("voor versterking van de dijk.")
    assert a.published.value == datetime(2026, 1, 14, 20, 55, tzinfo=CET)
    # No figure from the guid, the file name, urgency, word count or the image size.
    assert [(f.span.text, f.low, f.high) for f in x.figures] == [
        ("Ruim 140", 140, None),
        ("tot 4,2 meter", None, 4.2),
        ("12 miljoen euro", 12_000_000, 12_000_000),
    ]
    assert "2048" not in x.text and "item 4471" not in x.text
    assert {s.sources[0].name for s in x.statements} == {"waterschap Drostendelta", "Hester Ploeg"}


def test_newsml_message_with_nitf_body_and_correction() -> None:
    first, second = read_wire((DATA / "newsml_message.xml").read_bytes())
    assert first.headline == "Ferry runs aground off northern Norway, all passengers safe"
    assert first.dateline == "TROMSØ, Norway, Jan 15"
    assert first.byline == "By Ingrid Solhaug"
    assert first.agencies == ("Reuters",)
    assert first.published == datetime(2026, 1, 15, 9, 5, tzinfo=timezone.utc)
    assert first.replaces is None
    # The body already opens with its own dateline: no second one is added.
    assert first.paragraphs[0].startswith("TROMSØ, Norway, Jan 15 (Reuters) - A coastal ferry")
    assert first.text().count("(Reuters)") == 1
    assert second.version == "2"
    assert second.replaces == "urn:newsml:wire.example:20260115:en-0907 version 1"
    doc = second.document(path="m.xml")
    assert doc.warnings == ("revision: this item replaces or corrects urn:newsml:wire.example:20260115:en-0907 version 1",)
    with pytest.raises(InputError, match="holds 2 news items; extract reads one"):
        read(DATA / "newsml_message.xml")


def test_nitf_fields_time_and_no_media_numbers() -> None:
    (item,) = read_wire((DATA / "nitf.xml").read_bytes())
    assert item.headline == "Staking legt haven van Zeebrugge twee dagen stil"
    assert item.dateline == "Brugge"  # the story.date part is not the place
    assert item.byline == "Door Wout Claeys"
    assert item.agencies == ("Belga",)
    assert item.published == datetime(2026, 1, 16, 14, 30, tzinfo=CET)  # date.issue norm
    x, a = _one("nitf.xml")
    assert (a.dateline.place, a.dateline.agencies) == ("BRUGGE", ("Belga",))
    assert a.published.value == datetime(2026, 1, 16, 14, 30, tzinfo=CET)
    assert [(f.span.text, f.low) for f in x.figures] == [("Zeker 45", 45)]
    assert "1600" not in x.text and "30117" not in x.text and "©" not in x.text
    (fix,) = read_wire((DATA / "nitf_correction.xml").read_bytes())
    assert fix.replaces == "BEL-20260116-30117"


def test_ninjs_1_and_2() -> None:
    x, a = _one("ninjs.json")
    assert x.language == "en"
    assert a.headline.text == "Wildfire near Faro forces 900 people from their homes"
    assert (a.dateline.place, a.dateline.agencies) == ("FARO", ("AFP",))
    assert a.published.value == datetime(2026, 1, 17, 8, 45, tzinfo=CET)  # versioncreated
    assert x.text[a.dateline.start : a.body.start] == "FARO (AFP) - "
    assert a.body.text.startswith("More than 900 people were evacuated")
    spans = sorted({f.span.text for f in x.figures})
    assert spans == ["14", "350", "900", "More than 900"]  # not 320, 180, 48213, urgency 4
    (item,) = read_wire((DATA / "ninjs.json").read_bytes())
    assert (item.slugline, item.byline, item.located) == ("PORTUGAL-FIRE", "Rui Matoso", "Faro")
    (two,) = read_wire((DATA / "ninjs2.json").read_bytes())
    assert two.headline == "Brand in distributiecentrum Tiel onder controle"  # role main, not sub
    assert two.byline == "Sanne de Wilde"
    assert two.agencies == ("ANP",)
    assert two.published == datetime(2026, 1, 18, 17, 2, tzinfo=timezone.utc)
    assert two.replaces == "urn:wire.example:text:20260118:7702 version 2"
    assert two.text().count("TIEL (ANP) - ") == 1


def test_news_api_json_with_html_field() -> None:
    first, second = read_wire((DATA / "newsapi.json").read_bytes())
    assert first.headline == "Gemeente Vlissingen sluit 3 stranden na olielek"
    assert first.url == "https://kustkrant.example/nieuws/2026/01/19/olielek"
    assert first.byline == "Jolien Maes"
    assert first.published == datetime(2026, 1, 19, 11, 15, tzinfo=CET)
    assert first.paragraphs == (
        "VLISSINGEN - De gemeente Vlissingen heeft drie stranden gesloten nadat er olie aanspoelde. "
        "Volgens Rijkswaterstaat gaat het om ongeveer 2000 liter.",
        '"Het strand is voorlopig niet veilig", zei wethouder Karim Benali.',
    )  # the script is gone
    doc = first.document()
    assert doc.text.splitlines()[0] == first.headline
    assert "123456" not in doc.text and "99120457" not in doc.text
    assert second.paragraphs[0].startswith("De veerdienst tussen Vlissingen en Breskens")


def test_folder_and_jsonl_of_wire_items(tmp_path: Path) -> None:
    items = list(iter_documents(str(DATA)))
    assert not [i for i in items if isinstance(i, Reject)]
    docs = {d.path.removeprefix(str(DATA) + "/"): d for d in items if isinstance(d, Document)}
    assert sorted(docs) == [
        "items.jsonl#line=1", "items.jsonl#line=2",
        "newsapi.json#item=1", "newsapi.json#item=2",
        "newsml_g2.xml", "newsml_message.xml#item=1", "newsml_message.xml#item=2",
        "ninjs.json", "ninjs2.json", "nitf.xml", "nitf_correction.xml",
    ]
    assert docs["items.jsonl#line=2"].title == "Brand in distributiecentrum Tiel onder controle"
    assert docs["newsapi.json#item=1"].url == "https://kustkrant.example/nieuws/2026/01/19/olielek"
    assert all("{" not in d.text and "<" not in d.text for d in docs.values())


def test_broken_wire_xml_is_a_reject(tmp_path: Path) -> None:
    bad = tmp_path / "kapot.xml"
    bad.write_text('<?xml version="1.0"?><nitf><body><body.content><p>open')
    (item,) = list(iter_documents(str(bad)))
    assert isinstance(item, Reject) and item.reason.startswith("the XML is broken")


def test_entities_are_not_resolved(tmp_path: Path) -> None:
    evil = tmp_path / "xxe.xml"
    secret = tmp_path / "secret.txt"
    secret.write_text("GEHEIM")
    evil.write_text(
        f'<?xml version="1.0"?><!DOCTYPE nitf [<!ENTITY x SYSTEM "file://{secret}">]>'
        "<nitf><body><body.head><hedline><hl1>Kop van het bericht</hl1></hedline></body.head>"
        "<body.content><p>ZWOLLE - Tekst &x; hier.</p></body.content></body></nitf>"
    )
    doc = read(evil)
    assert doc.title == "Kop van het bericht"  # read as NITF despite the internal DTD subset
    assert doc.text == "Kop van het bericht\n\nZWOLLE - Tekst hier."


def test_html_entity_names_under_an_external_dtd(tmp_path: Path) -> None:
    item = tmp_path / "e.xml"
    item.write_text(
        '<?xml version="1.0"?><!DOCTYPE nitf SYSTEM "nitf-3-6.dtd"><nitf><body><body.head><hedline>'
        "<hl1>Caf&eacute; dicht</hl1></hedline></body.head><body.content><p>GENT - Het caf&eacute;&nbsp;sluit"
        " &amp; de&unknown; rest blijft.</p></body.content></body></nitf>"
    )
    (wire,) = read_wire(item.read_bytes())
    assert wire.headline == "Café dicht"
    assert wire.paragraphs == ("GENT - Het café sluit & de rest blijft.",)
