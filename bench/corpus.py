"""A generated corpus of seed-shaped Dutch wire pages, for benchmarks.

Pages are assembled from the project's own sentence templates with random names,
places and numbers: a headline, a dateline, a body with attributions and figures,
a "Meer uit <sectie>" header and five to eight teasers with glued ages. Seeded, so
every run measures the same pages.
"""

from __future__ import annotations

import random

PLACES = ["KARVINA", "SOLBERG", "MARVELLA", "KASTELLO", "VESTRA", "DEN HAAG", "RIGA", "LISSABON", "ATHENE", "MEXICO-STAD"]
AGENCIES = ["ANP", "ANP/AFP", "ANP/RTR", "ANP/DPA/AFP", "ANP/AFP/RTR"]
PEOPLE = ["Pavel Horák", "Ilse Varga", "Tomas Kerrigan", "Sanne Veldkamp", "Mark Kuipers", "Lena Brandt", "Omar Haddad"]
ROLES = ["minister van Defensie", "gouverneur", "burgemeester", "woordvoerder van het leger", "president"]
SECTIONS = ["Buitenland", "Binnenland", "Economie"]
COUNTED = ["mensen gedood", "mensen gewond geraakt", "inwoners gevlucht", "militairen gedood of gewond", "demonstranten opgepakt"]
CUES = ["zegt", "meldt", "stelt", "verklaart", "benadrukt"]

BODY = [
    "De {role} {person} {cue} dat er bij de gevechten in de regio {region} inmiddels {n} {counted} zijn.",
    "{org} meldde eerder maandag nog dat het om {m} slachtoffers ging.",
    "Volgens {person2} zijn er naar schatting meer dan {big} militairen actief in het gebied.",
    '"We doen wat we kunnen, maar de situatie is ernstig", verklaarde {surname} tegenover de pers.',
    "{surname} schrijft op X dat de legerleiding hem heeft ingelicht over de aanvallen.",
    "De hulporganisatie schat dat honderden gezinnen geen onderdak meer hebben.",
    "{org} waarschuwt dat de schade aan wegen en bruggen in {region} nog lang niet in kaart is gebracht.",
    "Volgens de VN zijn er sinds het begin van de maand ruim {big} mensen op de vlucht geslagen, van wie een derde kinderen.",
    "De {role} {person} benadrukt dat de hulpverlening door het slechte weer ernstig wordt bemoeilijkt.",
]
TEASER = [
    "De regering heeft {n} miljoen euro vrijgemaakt voor de wederopbouw van de haven.",
    "Bij een brand in een fabriek zijn zeker {m} mensen gewond geraakt, meldt de politie.",
    "{person} kondigde woensdag aan een onderzoek te starten naar de aanslag.",
    "De inflatie is in december uitgekomen op {p} procent, maakte het statistiekbureau bekend.",
    "Tientallen boeren blokkeerden de snelweg uit protest tegen nieuwe regels.",
]


def page(rng: random.Random) -> str:
    """One page of about the seed's size (2.5-3.5 kB)."""
    person, person2 = rng.sample(PEOPLE, 2)
    fill = dict(
        role=rng.choice(ROLES), person=person, person2=person2, surname=person.split()[-1],
        cue=rng.choice(CUES), region=rng.choice(["Norrland", "Alvera", "Kessel"]),
        n=rng.randint(20, 5000), m=rng.randint(3, 900), big=f"{rng.randint(2, 40)}.000",
        counted=rng.choice(COUNTED), org=rng.choice(["Het ministerie", "De vakbond", "Het Rode Kruis"]),
        p=f"{rng.randint(1, 9)},{rng.randint(0, 9)}",
    )
    lines = [f"{person.split()[-1]} {fill['cue']} dat {fill['n']} {fill['counted']} zijn"]
    body = " ".join(s.format(**fill) for s in rng.sample(BODY, len(BODY)))
    lines.append(f"{rng.choice(PLACES)} ({rng.choice(AGENCIES)}) - {body}")
    lines.append(f"Meer uit {rng.choice(SECTIONS)}")
    age = ""
    for k in range(rng.randint(5, 8)):
        teaser = " ".join(s.format(**fill) for s in rng.sample(TEASER, 3))
        lines.append(f"{age}{rng.choice(PLACES)} ({rng.choice(AGENCIES)}) - {teaser}")
        age = f"{k * 20 + rng.randint(1, 19)} minuten geleden" if k < 2 else f"{k} uur geleden"
    lines.append(age)
    return "\n".join(lines)


def corpus(n: int = 1000, seed: int = 7) -> list[str]:
    """``n`` generated pages."""
    rng = random.Random(seed)
    return [page(rng) for _ in range(n)]
