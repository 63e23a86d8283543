"""English dev split, track en3: own text in shapes real English pages showed.

Every name, place and number is invented. Shapes: a title-case colon dateline with
no headline above it ("Brenmouth: The ..."), a colon dateline with agencies ("Port
Elsin (AFP/Reuters): ..."), ", officials said, as they ..." (an adverbial clause
after a trailing cue), a hedge before an apposition (", reportedly members of ..."),
a passive cue ("were reported from"), a medium between commas after the subject
("X, in a series of posts, identified ..."), a noun that looks like a cue before a
trailing cue ("DNA reports, the ministry said").
"""

from claimtrack.evaluate.annotate import Art, Doc, Fig, St

DOCS = [
    Doc(
        "en-dev-en3-colon-01",
        "wire",
        """Brenmouth: The number of dead on Tuesday climbed to 140, including nine tourists, after a string of five explosions hit markets in the port city, officials said, as they detained 31 people, reportedly members of a smuggling ring, over the attacks.
More than 300 people were hurt in the explosions, fire brigade spokesman Tom Hale said. The toll late on Monday stood at 96.
Two further blasts were reported from the fish market and the old bus station.
Interior Minister Ada Korven, in a series of posts, identified the four foreigners among the dead as two Danes and two Chileans.""",
        arts=[Art("main", "Brenmouth:", "Brenmouth")],
        sts=[
            St("officials", "officials [said]",
               "The number of dead on Tuesday climbed to 140, including nine tourists, after a string of five explosions hit markets in the port city,",
               "indirect"),
            St("fire brigade spokesman Tom Hale|Tom Hale", "Hale [said]", "More than 300 people were hurt in the explosions,",
               "indirect"),
            St("Interior Minister Ada Korven|Ada Korven", "identified",
               "the four foreigners among the dead as two Danes and two Chileans.", "indirect",
               medium="in a series of posts"),
        ],
        figs=[
            Fig("140", 140, "killed", st=0),
            Fig("nine tourists", 9, "killed", st=0),
            Fig("five explosions", 5, "other", st=0),
            Fig("31 people", 31, "arrested"),
            Fig("More than 300", 300, "wounded", high=None, counted="300 people were hurt", st=1),
            Fig("96", 96, "killed"),
            Fig("Two further blasts", 2, "other"),
            Fig("the four foreigners", 4, "killed", st=2),
            Fig("two Danes", 2, "killed", st=2),
            Fig("two Chileans", 2, "killed", st=2),
        ],
        tags=["colon-dateline-title-case", "no-headline", "adverbial-clause-after-trailing-cue",
              "hedged-apposition", "passive-cue", "medium-between-commas"],
        notes="'reportedly members of a smuggling ring' hedges a description, nobody is quoted; "
              "'were reported from' is a passive with no reporter.",
    ),
    Doc(
        "en-dev-en3-colon-02",
        "wire",
        """Toll in Varnia ferry fire rises to 52
Port Elsin (AFP/Reuters): The toll from a fire on a ferry off Varnia has risen to 52, the coast guard said on Wednesday, as divers searched the wreck for 11 missing crew.
The count was lowered by four after a review of the DNA reports, the health ministry said in a statement.
Harbour master Lena Roos, in a statement, said 230 passengers had been brought ashore.""",
        arts=[Art("main", "Port Elsin (AFP/Reuters):", "Port Elsin", ("AFP", "Reuters"))],
        sts=[
            St("the coast guard|coast guard", "guard [said]",
               "The toll from a fire on a ferry off Varnia has risen to 52,", "indirect"),
            St("the health ministry|health ministry", "ministry [said]",
               "The count was lowered by four after a review of the DNA reports,", "indirect", medium=("in a statement", 1)),
            St("Harbour master Lena Roos|Lena Roos", "Roos, in a statement, [said]",
               "230 passengers had been brought ashore.", "indirect", medium=("in a statement", 2)),
        ],
        figs=[
            Fig("rises to 52", 52, "killed"),
            Fig("risen to 52", 52, "killed", st=0),
            Fig("11 missing crew", 11, "missing"),
            Fig("by four", 4, "killed", st=1),
            Fig("230 passengers", 230, "people", st=2),
        ],
        tags=["colon-dateline-agencies", "adverbial-clause-after-trailing-cue", "noun-before-trailing-cue",
              "medium-between-commas"],
        notes="'reports' before ', the health ministry said' is a noun.",
    ),
    Doc(
        "en-dev-en3-relayed-03",
        "broadcast",
        """Dorby quake leaves hundreds homeless
Norland regional authorities said at a briefing Monday that 64 aftershocks were recorded overnight. More than 900 homes were destroyed, and 7,500 others were badly damaged, they said.
Officer Mia Kerr was treated for cuts, according to WDRB Dorby, which says her injuries are not serious.
On Sunday, Norland Housing and Works Secretary Paul Brandt said it was clear that hundreds of families had lost everything.
Green Valley Alliance, a broad coalition of farm groups, claimed more than 12,000 had volunteered but numbers were hard to check.
“The real number of volunteers is much larger than 12,000,” the Alliance’s chair, Ida Moss, said.""",
        arts=[Art("main", "Norland regional authorities")],
        sts=[
            St("Norland regional authorities", "authorities [said]",
               "64 aftershocks were recorded overnight.", "indirect"),
            St("[they] said.|Norland regional authorities", "they [said]",
               "More than 900 homes were destroyed, and 7,500 others were badly damaged,", "indirect"),
            St("WDRB Dorby", "according to", "Officer Mia Kerr was treated for cuts,", "according_to"),
            St("WDRB [Dorby], which|WDRB Dorby", "which [says]", "her injuries are not serious.", "indirect"),
            St("Norland Housing and Works Secretary Paul Brandt|Paul Brandt", "Brandt [said]",
               "it was clear that hundreds of families had lost everything.", "indirect"),
            St("Green Valley Alliance", "claimed",
               "more than 12,000 had volunteered but numbers were hard to check.", "indirect"),
            St("Ida Moss", "Moss, [said]", "“The real number of volunteers is much larger than 12,000,”", "direct"),
        ],
        figs=[
            Fig("hundreds homeless", 200, "displaced", high=999, approx=True),
            Fig("64 aftershocks", 64, "other", st=0),
            Fig("More than 900", 900, "other", high=None, counted="900 homes were destroyed", st=1),
            Fig("7,500 others", 7500, "other", st=1),
            Fig("hundreds of families", 200, "people", high=999, approx=True, st=4),
            Fig("more than 12,000", 12000, "people", high=None, st=5),
            Fig("larger than 12,000", 12000, "people", high=None, st=6),
        ],
        tags=["they-plural-body", "frame-preposition-before-that", "according-to-relative", "relative-source",
              "title-with-and", "determiner-apposition", "comparative-bound"],
    ),
    Doc(
        "en-dev-en3-quotes-04",
        "wire",
        """Organiser estimates 40,000 at Sunday’s Elm Park rally
TARN — The march set off from Elm Park at 1:30 p.m. Sunday local time, according to the U.S. Weather Office, which says light rain is expected.
“We walked here for our children in Tarn. The board has ignored every letter,” said Ada Fenn, 41, a night school teacher.
“Our streets belong to all of us,” Mayor Jon Ekberg told a news conference.
Tarn hit 31 degrees on Saturday, the weather office said, breaking a record set in 1990.
Police estimate 9,000 people joined the march, the city said in its latest update.
Four of the marchers were taken to the Elm General Hospital, where two of them who had fainted in the heat told staff they""",
        arts=[Art("main", "TARN —", "TARN")],
        sts=[
            St("Organiser", "estimates", "40,000 at Sunday’s Elm Park rally", "indirect"),
            St("the U.S. Weather Office|U.S. Weather Office", "according to",
               "The march set off from Elm Park at 1:30 p.m. Sunday local time,", "according_to"),
            St("U.S. Weather [Office], which|U.S. Weather Office", "which [says]", "light rain is expected.", "indirect"),
            St("Ada Fenn", "[said] Ada",
               "“We walked here for our children in Tarn. The board has ignored every letter,”", "direct"),
            St("Mayor Jon Ekberg|Jon Ekberg", "Ekberg [told]", "“Our streets belong to all of us,”", "direct",
               medium="a news conference"),
            St("the weather office|weather office", "office [said]", "Tarn hit 31 degrees on Saturday,", "indirect"),
            St("the city|city", "city [said]", "Police estimate 9,000 people joined the march,", "indirect"),
            St("Police", "Police [estimate]", "9,000 people joined the march,", "indirect"),
        ],
        figs=[
            Fig("40,000", 40000, "people", st=0),
            Fig("31 degrees", 31, "other", unit="°C", st=5),
            Fig("9,000 people", 9000, "people", st=7),
        ],
        tags=["headline-estimates-number", "clock-before-day", "dotted-abbreviation-name", "according-to-relative",
              "age-and-apposition", "told-addressee", "participle-after-trailing-cue", "phrase-after-trailing-cue",
              "cut-off-last-sentence"],
        notes="The text stops inside the last sentence: not annotated, its numbers neither.",
    ),
]
