"""English test split (do not tune on it): own text in the shapes of real English news.

Written and annotated before the extractor was run on them; every name, place and
number is invented (heads of state aside). Shapes: wire copy with datelines
("KYIV, Ukraine (AP) —", "GENEVA (Reuters) -", "LAGOS, March 3 (Reuters) -"),
broadcaster pages with video chrome and bullet summaries, live blogs with clock
entries and "Updated" lines, tabloid page dumps (menus, "Advertisement",
"Related Stories", share buttons), curly quotes, honorifics and initials
("Mr.", "Dr.", "Gov.", "Sen.", "U.S.", "a.m."), "according to", "told Reuters",
appositions ("Maria Lopez, a Democrat from Ohio, said"), quotes continued over
paragraphs, and colon headlines (a statement by the speaker; cue: the colon).

Conventions as in the Dutch set (eval/README.md): content without "that" and the
closing punctuation, direct quotes without their quote marks; "according to X"
is kind according_to (cue "according to"); a quote paragraph with no cue of its
own is the previous speaker's, with the previous cue.
"""

from claimtrack.evaluate.annotate import Art, Doc, Fig, St

DOCS = [
    Doc(
        "en-test-wire-01",
        "wire",
        """Drone strike hits power plant in western Ukraine
KYIV, Ukraine (AP) — A Russian drone strike hit a power plant in western Ukraine overnight, cutting electricity to about 180,000 homes, Ukraine’s energy ministry said Sunday.
“Our crews are working around the clock,” Energy Minister Oleksiy Dranko told reporters in Kyiv. “We expect to restore most of the supply by Tuesday.”
Russia’s Defense Ministry said its forces had struck “military infrastructure.”""",
        arts=[Art("main", "KYIV, Ukraine (AP) —", "KYIV, Ukraine", ("AP",))],
        sts=[
            St("Ukraine’s energy ministry|Ukraine’s energy ministry|energy ministry", "[said] Sunday",
               "A Russian drone strike hit a power plant in western Ukraine overnight, cutting electricity to about 180,000 homes,",
               "indirect"),
            St("Energy Minister Oleksiy Dranko|Oleksiy Dranko", "told", "“Our crews are working around the clock,”", "direct",
               medium="reporters"),
            St("Energy Minister Oleksiy Dranko|Oleksiy Dranko", "told", "“We expect to restore most of the supply by Tuesday.”",
               "direct"),
            St("Russia’s Defense Ministry|Russia’s Defense Ministry|Defense Ministry", "[said] its forces",
               "its forces had struck “military infrastructure.”", "mixed"),
        ],
        figs=[Fig("about 180,000", 180000, "other", approx=True, counted="180,000 homes", st=0)],
        tags=["wire", "ap-dateline", "curly-quotes", "told-reporters", "quote-continuation", "mixed"],
    ),
    Doc(
        "en-test-wire-02",
        "wire",
        """GENEVA (Reuters) - The World Health Organization said on Tuesday that at least 1,240 people had been infected with cholera in the past month in the eastern province of Kalemba, and 37 had died.
"The outbreak is spreading faster than our teams can respond," Dr. Amina Tesfaye, the WHO's regional emergency director, told Reuters.
The agency has asked donors for $12.5 million, according to a statement.""",
        arts=[Art("main", "GENEVA (Reuters) -", "GENEVA", ("Reuters",))],
        sts=[
            St("The World Health Organization|World Health Organization|WHO", "said",
               "that at least 1,240 people had been infected with cholera in the past month in the eastern province of Kalemba, and 37 had died.",
               "indirect"),
            St("Dr. Amina Tesfaye, the WHO's regional emergency director|Amina Tesfaye", "told",
               '"The outbreak is spreading faster than our teams can respond,"', "direct", medium="told [Reuters]"),
        ],
        figs=[
            Fig("at least 1,240", 1240, "people", high=None, counted="1,240 people had been infected", st=0),
            Fig("37", 37, "killed", st=0),
            Fig("$12.5 million", 12500000, "money", unit="USD"),
        ],
        tags=["wire", "reuters-dateline", "told-reuters", "honorific-dr", "apposition", "according-to-document"],
        notes="'according to a statement' names a document, not a source: not annotated.",
    ),
    Doc(
        "en-test-live-03",
        "live",
        """Live updates: Wildfire forces evacuations near Pine Hollow
Updated 4:52 p.m. EDT
4:45 p.m.
Gov. Laura Whitcombe said at a news conference that more than 6,000 residents had been ordered to leave their homes. “If you are told to go, go,” she said.
3:30 p.m.
The fire has burned an estimated 14,500 acres, according to the state forestry department.
2:10 p.m.
Fire officials: No homes lost so far""",
        arts=[Art("main", "Live updates: Wildfire")],
        sts=[
            St("Gov. Laura Whitcombe|Laura Whitcombe", "[said] at a news", "that more than 6,000 residents had been ordered to leave their homes.",
               "indirect", medium="at a news conference"),
            St("[she] said|Laura Whitcombe", "go,” she [said]", "“If you are told to go, go,”", "direct"),
            St("the state forestry department|state forestry department", "according to",
               "The fire has burned an estimated 14,500 acres,", "according_to"),
            St("Fire officials", "officials[:]", "No homes lost so far", "indirect"),
        ],
        figs=[
            Fig("more than 6,000", 6000, "displaced", high=None, counted="6,000 residents", st=0),
            Fig("an estimated 14,500 acres", 14500, "other", approx=True, st=2),
        ],
        tags=["live", "updated-line", "clock-entries", "honorific-gov", "according-to-trailing", "colon-entry-headline"],
        notes="'p.m.' never ends a sentence; the clock entries are not figures.",
    ),
    Doc(
        "en-test-tabloid-04",
        "dump",
        """Home | News | Sport | Showbiz | Money
Advertisement
Mum's fury as council tows car from her own driveway
By Kelly Barnes
Published: 09:14 GMT, 12 March 2026
A furious mother-of-three says she was charged £285 after Dunmere council towed her car from her own driveway.
Jenna Clarke, 34, told the Daily Chronicle: ‘I came out and it was just gone. I thought it had been stolen.’
A council spokesman said the car had been “wrongly identified” and that the fee would be refunded.
Related Stories
Man fined £100 for feeding ducks
Share this article""",
        arts=[Art("main", "Mum's fury as", published="2026-03-12T09:14:00+00:00", expr="09:14 GMT, 12 March 2026")],
        sts=[
            St("A furious mother-of-three|Jenna Clarke|mother-of-three", "says", "she was charged £285 after Dunmere council towed her car from her own driveway.",
               "indirect"),
            St("Jenna Clarke", "told", "‘I came out and it was just gone. I thought it had been stolen.’", "direct",
               medium="the Daily Chronicle"),
            St("A council spokesman|Dunmere council|council", "[said] the car",
               "the car had been “wrongly identified” and that the fee would be refunded.", "mixed"),
        ],
        figs=[Fig("£285", 285, "money", unit="GBP", st=0)],
        tags=["tabloid", "menu-chrome", "advertisement", "byline", "published-line", "related-stories", "age-not-figure",
              "told-colon", "single-curly-quotes"],
        notes="'Jenna Clarke, 34' is an age; 'mother-of-three' is a description, not a figure; the related story's £100 is "
        "chrome (another article's title) and not annotated.",
    ),
    Doc(
        "en-test-broadcast-05",
        "broadcast",
        """Skip to main content
Bridge collapse kills four in northern Peru
Click to play
Watch: Rescue teams at the collapsed bridge
  • Four people killed, officials say
  • Rescuers search river for missing
Lima, Peru (CNN) -- At least four people were killed when a road bridge collapsed into the Rímac River in northern Peru on Friday, officials said.
Seven others are missing, according to Carlos Ibarra, a spokesman for the regional government.
“We will not stop until we find everyone,” Ibarra said.""",
        arts=[Art("main", "Lima, Peru (CNN) --", "Lima, Peru", ("CNN",))],
        sts=[
            St("[officials] say|officials", "officials [say]", "Four people killed,", "indirect"),
            St("[officials] said|officials", "officials [said]",
               "At least four people were killed when a road bridge collapsed into the Rímac River in northern Peru on Friday,",
               "indirect"),
            St("Carlos Ibarra, a spokesman for the regional government|Carlos Ibarra", "according to",
               "Seven others are missing,", "according_to"),
            St("[Ibarra] said|Carlos Ibarra", "Ibarra [said]", "“We will not stop until we find everyone,”", "direct"),
        ],
        figs=[
            Fig("kills four", 4, "killed"),
            Fig("Four people killed", 4, "killed", st=0),
            Fig("At least four", 4, "killed", high=None, counted="four people were killed", st=1),
            Fig("Seven", 7, "missing", counted="Seven others are missing", st=2),
        ],
        tags=["broadcast", "cnn-dateline", "skip-link", "video-chrome", "bullet-summary", "according-to-apposition"],
    ),
    Doc(
        "en-test-wire-06",
        "wire",
        """LAGOS, March 3 (Reuters) - Nigerian police arrested 52 people after clashes between rival traders at a market in Lagos, a police spokesman said on Monday.
Spokesman Babatunde Okoro said three people were killed and 21 injured in the fighting, which began on Saturday.
"The situation is now under control," Okoro said, adding that officers would remain at the market for a week.""",
        arts=[Art("main", "LAGOS, March 3 (Reuters) -", "LAGOS", ("Reuters",))],
        sts=[
            St("a police spokesman|Babatunde Okoro|police|Nigerian police", "[said] on Monday",
               "Nigerian police arrested 52 people after clashes between rival traders at a market in Lagos,", "indirect"),
            St("Spokesman Babatunde Okoro|Babatunde Okoro", "Okoro [said] three",
               "three people were killed and 21 injured in the fighting, which began on Saturday.", "indirect"),
            St("[Okoro] said,|Babatunde Okoro", "Okoro [said],", '"The situation is now under control,"', "direct"),
            St("[Okoro] said,|Babatunde Okoro", "adding", "that officers would remain at the market for a week.", "indirect"),
        ],
        figs=[
            Fig("52", 52, "arrested", counted="52 people", st=0),
            Fig("three", 3, "killed", counted="three people were killed", st=1),
            Fig("21", 21, "wounded", counted="21 injured", st=1),
        ],
        tags=["wire", "dateline-with-date", "adding-that", "date-not-figure", "duration-not-figure"],
        notes="'March 3' is a date, 'for a week' a duration.",
    ),
    Doc(
        "en-test-wire-07",
        "wire",
        """Senator: Farm bill will cost $48 billion
WASHINGTON (AP) — Sen. Maria Lopez, a Democrat from Ohio, said Wednesday that the new farm bill would cost taxpayers about $48 billion over five years.
Republicans disputed the figure. “These numbers are simply made up,” said Sen. Tom Reddick of Kansas.
The Congressional Budget Office has not yet published its estimate.""",
        arts=[Art("main", "WASHINGTON (AP) —", "WASHINGTON", ("AP",))],
        sts=[
            St("Senator|Maria Lopez", "Senator[:]", "Farm bill will cost $48 billion", "indirect"),
            St("Sen. Maria Lopez, a Democrat from Ohio|Maria Lopez", "[said] Wednesday",
               "that the new farm bill would cost taxpayers about $48 billion over five years.", "indirect"),
            St("Sen. Tom Reddick of Kansas|Tom Reddick", "[said] Sen. Tom", "“These numbers are simply made up,”", "direct"),
        ],
        figs=[
            Fig("[$48 billion]\nWASHINGTON", 48000000000, "money", unit="USD", st=0),
            Fig("about $48 billion", 48000000000, "money", unit="USD", approx=True, st=1),
        ],
        tags=["wire", "colon-headline-role", "honorific-sen", "apposition-party", "inverted-said", "duration-not-figure"],
        notes="'Republicans disputed the figure' has no content clause: not annotated.",
    ),
    Doc(
        "en-test-live-08",
        "live",
        """As it happened: Election night in Westbrook
Updated 11:58 p.m.
11:41 p.m.
Mayor Dan Whitaker has conceded. “The voters have spoken and I respect that,” he told supporters at the Grand Hotel.
11:05 p.m.
With 92% of precincts reporting, challenger Priya Nair leads with 54.3% of the vote, according to the county clerk.
10:30 p.m.
Turnout is running at about 41%, election officials said.""",
        arts=[Art("main", "As it happened:")],
        sts=[
            St("[he] told|Dan Whitaker", "told", "“The voters have spoken and I respect that,”", "direct", medium="supporters"),
            St("the county clerk|county clerk", "according to",
               "With 92% of precincts reporting, challenger Priya Nair leads with 54.3% of the vote,", "according_to"),
            St("election officials", "[said].", "Turnout is running at about 41%,", "indirect"),
        ],
        figs=[
            Fig("92%", 92, "percent", unit="%", st=1),
            Fig("54.3%", 54.3, "percent", unit="%", st=1),
            Fig("about 41%", 41, "percent", unit="%", approx=True, st=2),
        ],
        tags=["live", "as-it-happened", "clock-entries", "conceded-not-cue", "according-to-trailing", "trailing-said"],
        notes="'has conceded' has no content: not annotated.",
    ),
    Doc(
        "en-test-broadcast-09",
        "broadcast",
        """BBC Homepage
Accessibility links
Hospital waiting list hits record 7.8 million
The number of people waiting for hospital treatment in England has risen to a record 7.8 million, NHS figures show.
Health Secretary Mark Hollins told BBC Breakfast the figures were “disappointing but not surprising”.
The Royal College of Nursing warned that nearly 40,000 nursing posts remained unfilled.
Related Topics""",
        arts=[Art("main", "Hospital waiting list")],
        sts=[
            St("Health Secretary Mark Hollins|Mark Hollins", "told",
               "the figures were “disappointing but not surprising”.", "mixed", medium="BBC Breakfast"),
            St("The Royal College of Nursing|Royal College of Nursing", "warned",
               "that nearly 40,000 nursing posts remained unfilled.", "indirect"),
        ],
        figs=[
            Fig("record 7.8 million\nThe", 7800000, "people"),
            Fig("a record 7.8 million", 7800000, "people"),
            Fig("nearly 40,000", None, "other", high=40000, counted="40,000 nursing posts", st=1),
        ],
        tags=["broadcast", "bbc-chrome", "data-shows-not-statement", "told-without-that", "warned-that"],
        notes="'NHS figures show' is a data source: not annotated.",
    ),
    Doc(
        "en-test-wire-10",
        "wire",
        """BEIRUT (AP) — An explosion at a fuel depot south of Beirut killed at least 11 people and wounded dozens more, Lebanon's civil defense said Thursday.
Civil defense chief George Haddad said rescuers were still searching the rubble. "There may be more people under the debris," he said.
The cause of the blast was not immediately known.""",
        arts=[Art("main", "BEIRUT (AP) —", "BEIRUT", ("AP",))],
        sts=[
            St("Lebanon's civil defense|Lebanon's civil defense|civil defense", "[said] Thursday",
               "An explosion at a fuel depot south of Beirut killed at least 11 people and wounded dozens more,", "indirect"),
            St("Civil defense chief George Haddad|George Haddad", "Haddad [said]", "rescuers were still searching the rubble.",
               "indirect"),
            St("[he] said|George Haddad", "he [said]", '"There may be more people under the debris,"', "direct"),
        ],
        figs=[
            Fig("at least 11", 11, "killed", high=None, counted="11 people", st=0),
            Fig("dozens", 20, "wounded", high=99, approx=True, st=0),
        ],
        tags=["wire", "ap-dateline", "dozens", "said-without-that", "pronoun"],
    ),
    Doc(
        "en-test-tabloid-11",
        "dump",
        """MENU
Sign in
Trending: Royals | Weather | Lottery
Lottery winner, 71, gives away £1.2million to neighbours
A pensioner who scooped £3.5million on the lottery has given more than a third of it away to his neighbours.
Frank Doyle, 71, from Heatherby, said: “I've got all I need. My street has looked after me for 40 years.”
He added that he would keep enough “for a new kettle and a holiday”.
Advertisement
Comments (212)
Share or comment on this article""",
        arts=[Art("main", "Lottery winner, 71")],
        sts=[
            St("Frank Doyle", "said", "“I've got all I need. My street has looked after me for 40 years.”", "direct"),
            St("[He] added|Frank Doyle", "added", "that he would keep enough “for a new kettle and a holiday”.", "mixed"),
        ],
        figs=[
            Fig("£1.2million", 1200000, "money", unit="GBP"),
            Fig("£3.5million", 3500000, "money", unit="GBP"),
        ],
        tags=["tabloid", "menu-chrome", "trending-bar", "age-not-figure", "said-colon", "comment-counter", "fraction-not-figure"],
        notes="'Comments (212)' is chrome; 'more than a third' a fraction; '40 years' a duration; ages '71' no figures.",
    ),
    Doc(
        "en-test-wire-12",
        "wire",
        """NAIROBI, Kenya (AP) — Floods in central Kenya have displaced more than 48,200 people and killed 23, the Kenya Red Cross said Saturday.
“Entire villages are under water,” said Mercy Wanjiru, a Red Cross coordinator in Murang’a county. “People are sleeping in schools and churches.”
President William Ruto said the government would release 2.3 billion shillings in emergency aid.""",
        arts=[Art("main", "NAIROBI, Kenya (AP) —", "NAIROBI, Kenya", ("AP",))],
        sts=[
            St("the Kenya Red Cross|Kenya Red Cross", "[said] Saturday",
               "Floods in central Kenya have displaced more than 48,200 people and killed 23,", "indirect"),
            St("Mercy Wanjiru, a Red Cross coordinator in Murang’a county|Mercy Wanjiru", "[said] Mercy",
               "“Entire villages are under water,”", "direct"),
            St("Mercy Wanjiru, a Red Cross coordinator in Murang’a county|Mercy Wanjiru", "[said] Mercy",
               "“People are sleeping in schools and churches.”", "direct"),
            St("President William Ruto|William Ruto", "Ruto [said]",
               "the government would release 2.3 billion shillings in emergency aid.", "indirect"),
        ],
        figs=[
            Fig("more than 48,200", 48200, "displaced", high=None, counted="48,200 people", st=0),
            Fig("killed 23", 23, "killed", st=0),
            Fig("2.3 billion shillings", 2300000000, "money", st=3),
        ],
        tags=["wire", "ap-dateline", "thousands-comma", "apposition-role", "curly-apostrophe", "quote-continuation"],
        notes="Shillings are money without a unit in the list: unit None.",
    ),
    Doc(
        "en-test-broadcast-13",
        "broadcast",
        """Sky News
Watch live
Storm Bertha: 'Danger to life' warning as 90mph winds hit coast
The Met Office has issued an amber warning for wind, saying gusts of up to 90mph could bring down trees and power lines.
Chief meteorologist Dr. Helen Price said: "This is a serious storm and people should avoid travelling if they can."
Around 25,000 homes are without power, according to Northern Grid.""",
        arts=[Art("main", "Storm Bertha:")],
        sts=[
            St("The Met Office|Met Office", "saying", "gusts of up to 90mph could bring down trees and power lines.", "indirect"),
            St("Chief meteorologist Dr. Helen Price|Helen Price", "said",
               '"This is a serious storm and people should avoid travelling if they can."', "direct"),
            St("Northern Grid", "according to", "Around 25,000 homes are without power,", "according_to"),
        ],
        figs=[
            Fig("90mph winds", 90, "other", unit="mph"),
            Fig("up to 90mph", None, "other", high=90, unit="mph", st=0),
            Fig("Around 25,000", 25000, "other", approx=True, counted="25,000 homes", st=2),
        ],
        tags=["broadcast", "watch-live-chrome", "topic-colon-headline", "saying", "honorific-dr", "measure-mph"],
        notes="'Storm Bertha:' names a storm, not a speaker; the quoted 'Danger to life' is the Met Office's warning but the "
        "headline gives no speaker: not annotated.",
    ),
    Doc(
        "en-test-wire-14",
        "wire",
        """Cyclone death toll rises to 140 in Mozambique
MAPUTO (Reuters) - The death toll from Cyclone Imara in central Mozambique has risen to 140, the national disaster agency INGD said on Wednesday, up from 96 on Monday.
Some 600 people were injured and about 21,000 houses destroyed, the agency said.
U.N. officials warned that cholera could spread in the camps, where nearly 70,000 people are sheltering.""",
        arts=[Art("main", "MAPUTO (Reuters) -", "MAPUTO", ("Reuters",))],
        sts=[
            St("the national disaster agency INGD|INGD", "INGD [said]",
               "The death toll from Cyclone Imara in central Mozambique has risen to 140,", "indirect"),
            St("the agency|INGD", "agency [said]", "Some 600 people were injured and about 21,000 houses destroyed,", "indirect"),
            St("U.N. officials", "warned", "that cholera could spread in the camps, where nearly 70,000 people are sheltering.",
               "indirect"),
        ],
        figs=[
            Fig("to 140 in", 140, "killed"),
            Fig("risen to [140],", 140, "killed", st=0),
            Fig("96", 96, "killed"),
            Fig("Some 600", 600, "wounded", approx=True, counted="600 people were injured", st=1),
            Fig("about 21,000", 21000, "other", approx=True, counted="21,000 houses destroyed", st=1),
            Fig("nearly 70,000", None, "displaced", high=70000, counted="70,000 people are sheltering", st=2),
        ],
        tags=["wire", "revision", "some-approx", "us-initials", "acronym-apposition"],
        notes="'up from 96 on Monday' is outside the reported clause: figure 96 without statement. 'U.N.' never ends a sentence.",
    ),
    Doc(
        "en-test-live-15",
        "live",
        """LIVE: Champions League final – latest
Key events
Updated 22:47 BST
22:45
Full time! Madrid 2-1 Milan. Coach Luis Ortega: “I'm so proud of these players.”
22:10
Police say about 12,000 fans without tickets gathered outside the stadium. Eight people were arrested.
21:30
Kick-off is delayed by 15 minutes, Uefa said.""",
        arts=[Art("main", "LIVE: Champions")],
        sts=[
            St("Coach Luis Ortega|Luis Ortega", "Ortega[:]", "“I'm so proud of these players.”", "direct"),
            St("Police", "Police [say]", "about 12,000 fans without tickets gathered outside the stadium.", "indirect"),
            St("Uefa", "Uefa [said]", "Kick-off is delayed by 15 minutes,", "indirect"),
        ],
        figs=[
            Fig("about 12,000", 12000, "people", approx=True, counted="12,000 fans", st=1),
            Fig("Eight", 8, "arrested", counted="Eight people were arrested"),
        ],
        tags=["live", "key-events-chrome", "clock-entries", "score-not-figure", "colon-quote-entry", "duration-not-figure"],
        notes="'2-1' is a game score; '15 minutes' a duration.",
    ),
    Doc(
        "en-test-wire-16",
        "wire",
        """Ethiopia says 2.7 million need food aid after drought
ADDIS ABABA (Reuters) - Some 2.7 million people in southern Ethiopia need emergency food aid after a third failed rainy season, the government's disaster commission said on Friday.
"Livestock are dying in large numbers," commissioner Abebe Tadesse told Reuters by phone, estimating losses at 1.5 million cattle.
Aid agencies say funding covers less than 30% of needs.""",
        arts=[Art("main", "ADDIS ABABA (Reuters) -", "ADDIS ABABA", ("Reuters",))],
        sts=[
            St("[Ethiopia] says|Ethiopia", "Ethiopia [says]", "2.7 million need food aid after drought", "indirect"),
            St("the government's disaster commission|government's disaster commission", "commission [said]",
               "Some 2.7 million people in southern Ethiopia need emergency food aid after a third failed rainy season,", "indirect"),
            St("commissioner Abebe Tadesse|Abebe Tadesse", "told", '"Livestock are dying in large numbers,"', "direct",
               medium="told [Reuters]"),
            St("Aid agencies", "agencies [say]", "funding covers less than 30% of needs.", "indirect"),
            St("commissioner Abebe Tadesse|Abebe Tadesse", "estimating", "losses at 1.5 million cattle.", "indirect"),
        ],
        figs=[
            Fig("2.7 million need", 2700000, "people", st=0),
            Fig("Some 2.7 million", 2700000, "people", approx=True, st=1),
            Fig("1.5 million cattle", 1500000, "other", st=4),
            Fig("less than 30%", None, "percent", high=30, unit="%", st=3),
        ],
        tags=["wire", "headline-claim", "told-reuters", "by-phone", "estimating-participle", "ordinal-not-figure"],
        notes=("'estimating losses at 1.5 million cattle' is the speaker's estimate in a participle clause: a "
               "statement, as 'estimates' (dev) and ', adding that' (wire-06) are (gold changed by accen11). "
               "'a third failed rainy season' is an ordinal."),
    ),
    Doc(
        "en-test-tabloid-17",
        "dump",
        """Home › News › UK
Exclusive
‘I was left on a trolley for 19 hours’: Grandmother's A&E ordeal
By Sam Webb, Health Reporter
Updated: 10:02 BST, 4 April 2026
A grandmother was left on a hospital trolley for 19 hours before she saw a doctor, her family has said.
Her son, Gary Hale, 52, said: “Nobody told us anything. She was in agony the whole time.”
A spokeswoman for Harlow General Hospital apologised and said the A&E department had seen 412 patients that day.""",
        arts=[Art("main", "‘I was left on a trolley", published="2026-04-04T10:02:00+01:00", expr="10:02 BST, 4 April 2026")],
        sts=[
            St("her family|family", "[said].\nHer", "A grandmother was left on a hospital trolley for 19 hours before she saw a doctor,",
               "indirect"),
            St("Her son, Gary Hale|Gary Hale", "Hale, 52, [said]", "“Nobody told us anything. She was in agony the whole time.”",
               "direct"),
            St("A spokeswoman for Harlow General Hospital|Harlow General Hospital", "and [said]",
               "the A&E department had seen 412 patients that day.", "indirect"),
        ],
        figs=[Fig("412", 412, "people", counted="412 patients", st=2)],
        tags=["tabloid", "breadcrumb", "exclusive-label", "headline-quote-no-speaker", "updated-line", "age-not-figure"],
        notes="The headline quote has no speaker named: not annotated. '19 hours' is a duration (twice).",
    ),
    Doc(
        "en-test-wire-18",
        "wire",
        """JAKARTA (AP) — A magnitude 6.4 earthquake struck off the coast of Sulawesi on Monday, killing at least seven people and damaging dozens of buildings, Indonesia's disaster agency said.
Agency spokesman Dedi Santoso said some 1,300 residents had fled to higher ground, fearing a tsunami. No tsunami warning was issued, according to the meteorology agency.
“The shaking lasted almost a minute,” resident Nur Aini told The Associated Press.""",
        arts=[Art("main", "JAKARTA (AP) —", "JAKARTA", ("AP",))],
        sts=[
            St("Indonesia's disaster agency|Indonesia's disaster agency|disaster agency", "agency [said].",
               "A magnitude 6.4 earthquake struck off the coast of Sulawesi on Monday, killing at least seven people and damaging dozens of buildings,",
               "indirect"),
            St("Agency spokesman Dedi Santoso|Dedi Santoso", "Santoso [said]",
               "some 1,300 residents had fled to higher ground, fearing a tsunami.", "indirect"),
            St("the meteorology agency|meteorology agency", "according to", "No tsunami warning was issued,", "according_to"),
            St("resident Nur Aini|Nur Aini", "told", "“The shaking lasted almost a minute,”", "direct",
               medium="The Associated Press"),
        ],
        figs=[
            Fig("magnitude 6.4", 6.4, "other", st=0),
            Fig("at least seven", 7, "killed", high=None, counted="seven people", st=0),
            Fig("dozens", 20, "other", high=99, approx=True, counted="dozens of buildings", st=0),
            Fig("some 1,300", 1300, "displaced", approx=True, counted="1,300 residents", st=1),
        ],
        tags=["wire", "ap-dateline", "magnitude", "dozens", "some-approx", "told-ap", "duration-not-figure"],
    ),
    Doc(
        "en-test-broadcast-19",
        "broadcast",
        """NPR
Listen · 3:42
Teachers in Millfield strike over pay
Hundreds of teachers walked off the job Tuesday in Millfield, the state's third-largest school district.
"We're asking for a fair wage, not a fortune," union president Carla Jennings said at a rally outside district headquarters. The union says starting salaries are about $38,000 a year.
Superintendent Dr. Robert Kim said in a statement that the district had offered a 4% raise.""",
        arts=[Art("main", "Teachers in Millfield")],
        sts=[
            St("union president Carla Jennings|Carla Jennings", "Jennings [said]", '"We\'re asking for a fair wage, not a fortune,"',
               "direct", medium="at a rally outside district headquarters"),
            St("The union|union", "union [says]", "starting salaries are about $38,000 a year.", "indirect"),
            St("Superintendent Dr. Robert Kim|Robert Kim", "Kim [said]", "that the district had offered a 4% raise.", "indirect",
               medium="in a statement"),
        ],
        figs=[
            Fig("Hundreds", 200, "people", high=999, approx=True, counted="Hundreds of teachers"),
            Fig("about $38,000", 38000, "money", unit="USD", approx=True, st=1),
            Fig("4%", 4, "percent", unit="%", st=2),
        ],
        tags=["broadcast", "listen-chrome", "ordinal-not-figure", "said-in-a-statement", "honorific-dr"],
        notes="'Listen · 3:42' is audio chrome; 'third-largest' an ordinal.",
    ),
    Doc(
        "en-test-wire-20",
        "wire",
        """Mayor denies city owes $15 million to contractor
CHICAGO (AP) — Mayor Angela Brooks on Friday denied that the city owes $15 million to a construction firm that built the new Riverside transit station.
“We paid every invoice that was properly submitted,” Brooks said. “Not one dollar more.”
The firm, Halvorsen Builders, said in a lawsuit filed last month that it is owed between $12 million and $15 million.""",
        arts=[Art("main", "CHICAGO (AP) —", "CHICAGO", ("AP",))],
        sts=[
            St("[Mayor] denies|Angela Brooks", "denies", "city owes $15 million to contractor", "indirect"),
            St("Mayor Angela Brooks|Angela Brooks", "denied",
               "that the city owes $15 million to a construction firm that built the new Riverside transit station.", "indirect"),
            St("[Brooks] said|Angela Brooks", "Brooks [said]", "“We paid every invoice that was properly submitted,”", "direct"),
            St("[Brooks] said|Angela Brooks", "Brooks [said]", "“Not one dollar more.”", "direct"),
            St("The firm, Halvorsen Builders|Halvorsen Builders", "Builders, [said]",
               "that it is owed between $12 million and $15 million.", "indirect", medium="in a lawsuit filed last month"),
        ],
        figs=[
            Fig("$15 million to contractor", 15000000, "money", unit="USD", st=0),
            Fig("$15 million to a", 15000000, "money", unit="USD", st=1),
            Fig("between $12 million and $15 million", 12000000, "money", high=15000000, unit="USD", st=4),
        ],
        tags=["wire", "denial", "headline-claim", "quote-continuation", "range-between", "one-dollar-idiom"],
        notes="'Not one dollar more' is an idiom inside a quote, no figure.",
    ),
]
