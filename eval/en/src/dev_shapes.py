"""English dev split (tune on it): own text in the shapes of real English news.

Written and annotated before the extractor was run on them; every name, place and
number is invented (heads of state aside). The shapes of ``test_shapes.py`` in
other words: wire datelines, broadcaster chrome, live blogs, tabloid dumps, curly
quotes, honorifics, "according to", "told Reuters", appositions, continued quotes,
colon headlines. Conventions: see ``test_shapes.py`` and eval/README.md.
"""

from claimtrack.evaluate.annotate import Art, Doc, Fig, St

DOCS = [
    Doc(
        "en-dev-wire-01",
        "wire",
        """Landslide buries village in Nepal, dozens missing
KATHMANDU, Nepal (AP) — A landslide triggered by heavy rain buried part of a mountain village in western Nepal on Tuesday, leaving at least 31 people missing, police said.
“The mud came down in seconds,” said Ram Bahadur Thapa, a local official in Jumla district. “Nine houses are completely gone.”
Army helicopters were sent to the area, according to the Home Ministry.""",
        arts=[Art("main", "KATHMANDU, Nepal (AP) —", "KATHMANDU, Nepal", ("AP",))],
        sts=[
            St("police", "police [said]",
               "A landslide triggered by heavy rain buried part of a mountain village in western Nepal on Tuesday, leaving at least 31 people missing,",
               "indirect"),
            St("Ram Bahadur Thapa, a local official in Jumla district|Ram Bahadur Thapa", "[said] Ram",
               "“The mud came down in seconds,”", "direct"),
            St("Ram Bahadur Thapa, a local official in Jumla district|Ram Bahadur Thapa", "[said] Ram",
               "“Nine houses are completely gone.”", "direct"),
            St("the Home Ministry|Home Ministry", "according to", "Army helicopters were sent to the area,", "according_to"),
        ],
        figs=[
            Fig("dozens", 20, "missing", high=99, approx=True),
            Fig("at least 31", 31, "missing", high=None, counted="31 people missing", st=0),
            Fig("Nine houses", 9, "other", st=2),
        ],
        tags=["wire", "ap-dateline", "curly-quotes", "apposition-role", "quote-continuation", "according-to-trailing"],
    ),
    Doc(
        "en-dev-wire-02",
        "wire",
        """BRUSSELS (Reuters) - The European Union will spend 3.2 billion euros on new border surveillance over the next four years, EU Home Affairs Commissioner Henrik Lund said on Thursday.
"Our external borders are our shared responsibility," Lund told a news conference.
Rights groups criticised the plan. Amnesty International said the money would be better spent on "safe and legal routes".""",
        arts=[Art("main", "BRUSSELS (Reuters) -", "BRUSSELS", ("Reuters",))],
        sts=[
            St("EU Home Affairs Commissioner Henrik Lund|Henrik Lund", "Lund [said]",
               "The European Union will spend 3.2 billion euros on new border surveillance over the next four years,", "indirect"),
            St("[Lund] told|Henrik Lund", "told", '"Our external borders are our shared responsibility,"', "direct",
               medium="a news conference"),
            St("Amnesty International", "International [said]",
               'the money would be better spent on "safe and legal routes".', "mixed"),
        ],
        figs=[Fig("3.2 billion euros", 3200000000, "money", unit="EUR", st=0)],
        tags=["wire", "reuters-dateline", "criticised-no-content", "mixed", "duration-not-figure"],
    ),
    Doc(
        "en-dev-live-03",
        "live",
        """Live updates: Heat wave grips Southwest
Updated 3:15 p.m. MST
2:58 p.m.
Phoenix hit 117 degrees Fahrenheit on Saturday, the National Weather Service said, breaking a record set in 1990.
1:40 p.m.
Dr. Alan Reyes, an emergency physician at St. Mary's Hospital, said his department had treated 64 patients for heat illness since Friday. “We are seeing people who simply cannot afford to run their air conditioning,” he said.
12:05 p.m.
Utility: Power demand at all-time high""",
        arts=[Art("main", "Live updates: Heat")],
        sts=[
            St("the National Weather Service|National Weather Service", "Service [said]",
               "Phoenix hit 117 degrees Fahrenheit on Saturday,", "indirect"),
            St("Dr. Alan Reyes, an emergency physician at St. Mary's Hospital|Alan Reyes", "Hospital, [said]",
               "his department had treated 64 patients for heat illness since Friday.", "indirect"),
            St("[he] said.\n12|Alan Reyes", "he [said].\n12",
               "“We are seeing people who simply cannot afford to run their air conditioning,”", "direct"),
            St("Utility", "Utility[:]", "Power demand at all-time high", "indirect"),
        ],
        figs=[
            Fig("117 degrees Fahrenheit", 117, "other", unit="°F", st=0),
            Fig("64", 64, "people", counted="64 patients", st=1),
        ],
        tags=["live", "updated-line", "clock-entries", "honorific-dr", "st-abbreviation", "year-not-figure", "colon-entry-headline"],
    ),
    Doc(
        "en-dev-tabloid-04",
        "dump",
        """Home | News | Sport | TV | Travel
Advertisement
'My dog saved my life': Hiker rescued after three nights on moor
By Amy Fletcher
A hiker who spent three nights lost on Blackmoor says her spaniel kept her alive.
Sophie Grant, 29, told the Evening Herald: ‘Without Bramble I would have frozen. She lay on top of me all night.’
Mountain rescue leader Phil Dawson said 40 volunteers had searched for her.
Most Read
Share this article""",
        arts=[Art("main", "'My dog saved")],
        sts=[
            St("A hiker who spent three nights lost on Blackmoor|Sophie Grant|hiker", "says", "her spaniel kept her alive.",
               "indirect"),
            St("Sophie Grant", "told", "‘Without Bramble I would have frozen. She lay on top of me all night.’", "direct",
               medium="the Evening Herald"),
            St("Mountain rescue leader Phil Dawson|Phil Dawson", "Dawson [said]", "40 volunteers had searched for her.", "indirect"),
        ],
        figs=[Fig("40", 40, "people", counted="40 volunteers", st=2)],
        tags=["tabloid", "menu-chrome", "advertisement", "headline-quote-no-speaker", "age-not-figure", "told-colon",
              "most-read", "duration-not-figure"],
        notes="The headline quote has no speaker in the headline: not annotated. 'three nights' is a duration.",
    ),
    Doc(
        "en-dev-broadcast-05",
        "broadcast",
        """Skip to main content
Ferry fire forces 300 passengers into lifeboats
Click to play
Video: Passengers describe escape
Athens, Greece (CNN) -- About 300 passengers and crew abandoned a burning ferry off the Greek island of Kavala on Sunday, the coast guard said.
Two people were taken to hospital with smoke inhalation, according to coast guard spokeswoman Eleni Markou.
“Everyone stayed calm,” passenger Tomas Berg told CNN. “The crew were amazing.”""",
        arts=[Art("main", "Athens, Greece (CNN) --", "Athens, Greece", ("CNN",))],
        sts=[
            St("the coast guard|coast guard", "guard [said]",
               "About 300 passengers and crew abandoned a burning ferry off the Greek island of Kavala on Sunday,", "indirect"),
            St("coast guard spokeswoman Eleni Markou|Eleni Markou", "according to",
               "Two people were taken to hospital with smoke inhalation,", "according_to"),
            St("passenger Tomas Berg|Tomas Berg", "told", "“Everyone stayed calm,”", "direct", medium="told [CNN]"),
            St("passenger Tomas Berg|Tomas Berg", "told", "“The crew were amazing.”", "direct"),
        ],
        figs=[
            Fig("300 passengers into", 300, "people"),
            Fig("About 300", 300, "people", approx=True, st=0),
            Fig("Two people", 2, "wounded", st=1),
        ],
        tags=["broadcast", "cnn-dateline", "skip-link", "video-chrome", "according-to-role", "quote-continuation"],
    ),
    Doc(
        "en-dev-wire-06",
        "wire",
        """KABUL, Afghanistan (AP) — A suicide bomber killed at least nine people at a bus station in northern Afghanistan on Wednesday, the Interior Ministry said.
Ministry spokesman Abdul Qadir Nazari said 17 others were wounded, some critically.
No group immediately claimed responsibility. The Taliban denied any involvement, spokesman Zabihullah Karimi wrote on X.""",
        arts=[Art("main", "KABUL, Afghanistan (AP) —", "KABUL, Afghanistan", ("AP",))],
        sts=[
            St("the Interior Ministry|Interior Ministry", "Ministry [said]",
               "A suicide bomber killed at least nine people at a bus station in northern Afghanistan on Wednesday,", "indirect"),
            St("Ministry spokesman Abdul Qadir Nazari|Abdul Qadir Nazari", "Nazari [said]", "17 others were wounded, some critically.",
               "indirect"),
            St("spokesman Zabihullah Karimi|Zabihullah Karimi", "wrote", "The Taliban denied any involvement,", "indirect",
               medium="on X"),
        ],
        figs=[
            Fig("at least nine", 9, "killed", high=None, counted="nine people", st=0),
            Fig("17", 17, "wounded", counted="17 others were wounded", st=1),
        ],
        tags=["wire", "ap-dateline", "wrote-on-x", "claimed-responsibility-not-statement"],
    ),
    Doc(
        "en-dev-wire-07",
        "wire",
        """Minister: No new taxes in autumn budget
LONDON (Reuters) - British finance minister Rachel Greene said on Sunday there would be no new taxes on working people in the autumn budget, but warned of "tough choices" on spending.
Greene told the BBC the government faced a £22bn shortfall left by its predecessor.
The opposition Conservatives called the claim "fiction".""",
        arts=[Art("main", "LONDON (Reuters) -", "LONDON", ("Reuters",))],
        sts=[
            St("Minister|Rachel Greene", "Minister[:]", "No new taxes in autumn budget", "indirect"),
            St("British finance minister Rachel Greene|Rachel Greene", "Greene [said]",
               "there would be no new taxes on working people in the autumn budget,", "indirect"),
            St("British finance minister Rachel Greene|Rachel Greene", "warned", 'of "tough choices" on spending.', "mixed"),
            St("[Greene] told|Rachel Greene", "told", "the government faced a £22bn shortfall left by its predecessor.", "indirect",
               medium="the BBC"),
            St("The opposition Conservatives|Conservatives|opposition Conservatives", "called",
               'the claim "fiction".', "mixed"),
        ],
        figs=[Fig("£22bn", 22000000000, "money", unit="GBP", st=3)],
        tags=["wire", "colon-headline-role", "warned-of", "told-bbc", "called-characterisation", "bn-suffix"],
        notes="'called the claim \"fiction\"' is 'call X Y', a characterisation: annotated since 0.11 "
              "(content: the object and the characterisation), as the real pages' gold does.",
    ),
    Doc(
        "en-dev-live-08",
        "live",
        """As it happened: Marathon day in Harbor City
Updated 5:02 p.m. EDT
4:30 p.m.
Organizers say a record 38,500 runners finished the race. “It has been a perfect day,” race director Kim Alvarez said.
1:12 p.m.
Kenya's Daniel Korir wins the men's race in 2:07:41.
11:20 a.m.
About 20 runners have been treated for dehydration, according to the city's fire department.""",
        arts=[Art("main", "As it happened:")],
        sts=[
            St("Organizers", "Organizers [say]", "a record 38,500 runners finished the race.", "indirect"),
            St("race director Kim Alvarez|Kim Alvarez", "Alvarez [said]", "“It has been a perfect day,”", "direct"),
            St("the city's fire department|city's fire department|fire department", "according to",
               "About 20 runners have been treated for dehydration,", "according_to"),
        ],
        figs=[
            Fig("a record 38,500", 38500, "people", counted="38,500 runners", st=0),
            Fig("About 20", 20, "people", approx=True, counted="20 runners", st=2),
        ],
        tags=["live", "as-it-happened", "clock-entries", "race-time-not-figure", "a-m-abbreviation"],
        notes="'2:07:41' is a race time.",
    ),
    Doc(
        "en-dev-broadcast-09",
        "broadcast",
        """BBC Homepage
Accessibility links
Council to close 14 libraries to save £3m
Weston County Council plans to close 14 of its 31 libraries to save £3m a year.
Council leader Janet Moss said the authority had "no choice" after cuts to its grant.
Campaigner Oliver Price told BBC Radio Weston: "Libraries are the last free warm place for many people."
Related Topics""",
        arts=[Art("main", "Council to close")],
        sts=[
            St("Council leader Janet Moss|Janet Moss", "Moss [said]", 'the authority had "no choice" after cuts to its grant.', "mixed"),
            St("Campaigner Oliver Price|Oliver Price", "told", '"Libraries are the last free warm place for many people."', "direct",
               medium="BBC Radio Weston"),
        ],
        figs=[
            Fig("close 14 libraries", 14, "other"),
            Fig("£3m\nWeston", 3000000, "money", unit="GBP"),
            Fig("close 14 of", 14, "other"),
            Fig("31 libraries", 31, "other"),
            Fig("£3m a year", 3000000, "money", unit="GBP"),
        ],
        tags=["broadcast", "bbc-chrome", "plans-not-statement", "told-colon", "radio-name"],
        notes="'plans to close' is a plan, not a statement.",
    ),
    Doc(
        "en-dev-wire-10",
        "wire",
        """TOKYO (AP) — Japan's economy shrank at an annual rate of 1.8% in the April-June quarter, the government said Monday, as exports to China fell.
"The slowdown is sharper than we expected," said Hiro Tanaka, chief economist at Sakura Securities. He said consumer spending had held up better than exports.
The Bank of Japan is expected to keep interest rates unchanged.""",
        arts=[Art("main", "TOKYO (AP) —", "TOKYO", ("AP",))],
        sts=[
            St("the government|government", "government [said]", "Japan's economy shrank at an annual rate of 1.8% in the April-June quarter,",
               "indirect"),
            St("Hiro Tanaka, chief economist at Sakura Securities|Hiro Tanaka", "[said] Hiro",
               '"The slowdown is sharper than we expected,"', "direct"),
            St("[He] said|Hiro Tanaka", "He [said]", "consumer spending had held up better than exports.", "indirect"),
        ],
        figs=[Fig("1.8%", 1.8, "percent", unit="%", st=0)],
        tags=["wire", "ap-dateline", "apposition-role", "pronoun", "expected-not-statement"],
        notes="'is expected to' has no named source: not annotated.",
    ),
    Doc(
        "en-dev-tabloid-11",
        "dump",
        """MENU
Sign in
Trending: Weather | Football | Cost of living
Couple's £65,000 dream kitchen 'ruined by cowboy builders'
A couple say their dream kitchen was left in ruins after builders walked off the job with £65,000 of their savings.
Mark Ellis, 45, said: “They took the money and disappeared. We've been cooking on a camping stove for six weeks.”
Trading standards officers confirmed they were investigating three complaints against the firm.
Comments (87)""",
        arts=[Art("main", "Couple's £65,000")],
        sts=[
            St("A couple|couple|Mark Ellis", "say", "their dream kitchen was left in ruins after builders walked off the job with £65,000 of their savings.",
               "indirect"),
            St("Mark Ellis", "said", "“They took the money and disappeared. We've been cooking on a camping stove for six weeks.”",
               "direct"),
            St("Trading standards officers", "confirmed", "they were investigating three complaints against the firm.", "indirect"),
        ],
        figs=[
            Fig("Couple's £65,000", 65000, "money", unit="GBP"),
            Fig("with £65,000", 65000, "money", unit="GBP", st=0),
            Fig("three complaints", 3, "other", st=2),
        ],
        tags=["tabloid", "trending-bar", "headline-scare-quotes", "age-not-figure", "said-colon", "comment-counter", "confirmed"],
        notes="'six weeks' is a duration; 'Comments (87)' chrome.",
    ),
    Doc(
        "en-dev-wire-12",
        "wire",
        """DHAKA, Bangladesh (AP) — Fire tore through a garment factory outside Dhaka on Thursday, killing 14 workers and injuring more than 60, fire officials said.
“Many workers were trapped because an exit was locked,” fire service director Shafiqul Islam told reporters. He said the blaze was brought under control after five hours.
The factory's owner could not be reached for comment.""",
        arts=[Art("main", "DHAKA, Bangladesh (AP) —", "DHAKA, Bangladesh", ("AP",))],
        sts=[
            St("fire officials", "officials [said]",
               "Fire tore through a garment factory outside Dhaka on Thursday, killing 14 workers and injuring more than 60,", "indirect"),
            St("fire service director Shafiqul Islam|Shafiqul Islam", "told",
               "“Many workers were trapped because an exit was locked,”", "direct", medium="reporters"),
            St("[He] said|Shafiqul Islam", "He [said]", "the blaze was brought under control after five hours.", "indirect"),
        ],
        figs=[
            Fig("14", 14, "killed", counted="14 workers", st=0),
            Fig("more than 60", 60, "wounded", high=None, st=0),
        ],
        tags=["wire", "ap-dateline", "told-reporters", "pronoun", "duration-not-figure", "no-comment"],
    ),
    Doc(
        "en-dev-broadcast-13",
        "broadcast",
        """Sky News
Watch live
Water company fined £14.5m over sewage spills
Southvale Water has been fined £14.5m after pumping raw sewage into rivers more than 2,000 times in a year, the regulator Ofwat said.
Ofwat chief executive Sarah Nolan said the company had "let down its customers and the environment".
A Southvale Water spokesperson said: "We accept the findings and apologise."
Share this story""",
        arts=[Art("main", "Water company fined")],
        sts=[
            St("the regulator Ofwat|Ofwat", "Ofwat [said]",
               "Southvale Water has been fined £14.5m after pumping raw sewage into rivers more than 2,000 times in a year,", "indirect"),
            St("Ofwat chief executive Sarah Nolan|Sarah Nolan", "Nolan [said]",
               'the company had "let down its customers and the environment".', "mixed"),
            St("A Southvale Water spokesperson|Southvale Water", "spokesperson [said]", '"We accept the findings and apologise."',
               "direct"),
        ],
        figs=[
            Fig("fined £14.5m over", 14500000, "money", unit="GBP"),
            Fig("fined £14.5m after", 14500000, "money", unit="GBP", st=0),
            Fig("more than 2,000 times", 2000, "other", high=None, st=0),
        ],
        tags=["broadcast", "watch-live-chrome", "m-suffix", "spokesperson-org", "said-colon"],
    ),
    Doc(
        "en-dev-wire-14",
        "wire",
        """Flood toll in Brazil rises to 83, dozens still missing
PORTO ALEGRE, Brazil, May 6 (Reuters) - The death toll from floods in southern Brazil rose to 83 on Monday, with 111 people still missing, the state civil defense agency said.
More than 121,000 people have been forced from their homes, the agency said in its latest update. Governor Eduardo Leite called it "the worst disaster in our history".""",
        arts=[Art("main", "PORTO ALEGRE, Brazil, May 6 (Reuters) -", "PORTO ALEGRE, Brazil", ("Reuters",))],
        sts=[
            St("the state civil defense agency|state civil defense agency", "agency [said].",
               "The death toll from floods in southern Brazil rose to 83 on Monday, with 111 people still missing,", "indirect"),
            St("the agency|state civil defense agency", "agency [said] in",
               "More than 121,000 people have been forced from their homes,", "indirect", medium="in its latest update"),
            St("Governor Eduardo Leite|Eduardo Leite", "called",
               'it "the worst disaster in our history".', "mixed"),
        ],
        figs=[
            Fig("rises to 83", 83, "killed"),
            Fig("dozens", 20, "missing", high=99, approx=True),
            Fig("rose to 83", 83, "killed", st=0),
            Fig("111", 111, "missing", counted="111 people still missing", st=0),
            Fig("More than 121,000", 121000, "displaced", high=None, counted="121,000 people", st=1),
        ],
        tags=["wire", "dateline-with-date", "called-characterisation", "revision"],
        notes="'called it ...' is 'call X Y', a characterisation: annotated since 0.11 (content: "
              "the object and the characterisation).",
    ),
    Doc(
        "en-dev-live-15",
        "live",
        """LIVE: Budget day – latest updates
Key events
Updated 14:32 GMT
14:30
Chancellor: “We are fixing the foundations”
The Chancellor tells MPs that borrowing will fall to 2.1% of GDP by 2029.
13:55
The Institute for Fiscal Studies says around 1.3 million more people will pay the higher rate of income tax.
13:20
Protesters outside Parliament: about 200, police estimate.""",
        arts=[Art("main", "LIVE: Budget")],
        sts=[
            St("[Chancellor]: “We|Chancellor", "Chancellor[:]", "“We are fixing the foundations”", "direct"),
            St("The Chancellor|Chancellor", "tells", "that borrowing will fall to 2.1% of GDP by 2029.", "indirect", medium="MPs"),
            St("The Institute for Fiscal Studies|Institute for Fiscal Studies", "says",
               "around 1.3 million more people will pay the higher rate of income tax.", "indirect"),
            St("police", "estimate", "Protesters outside Parliament: about 200,", "indirect"),
        ],
        figs=[
            Fig("2.1%", 2.1, "percent", unit="%", st=1),
            Fig("around 1.3 million", 1300000, "people", approx=True, st=2),
            Fig("about 200", 200, "people", approx=True, st=3),
        ],
        tags=["live", "key-events-chrome", "colon-headline-role", "tells", "year-not-figure", "trailing-estimate"],
    ),
    Doc(
        "en-dev-wire-16",
        "wire",
        """MANILA (Reuters) - Typhoon Haima slammed into the northern Philippines on Saturday with winds of up to 185 km per hour, forcing nearly 90,000 people to flee, disaster officials said.
"We have pre-positioned food and water for 50,000 families," Social Welfare Secretary Rex Gatchalian told Reuters.
At least three people were killed by falling trees, according to provincial police.""",
        arts=[Art("main", "MANILA (Reuters) -", "MANILA", ("Reuters",))],
        sts=[
            St("disaster officials", "officials [said]",
               "Typhoon Haima slammed into the northern Philippines on Saturday with winds of up to 185 km per hour, forcing nearly 90,000 people to flee,",
               "indirect"),
            St("Social Welfare Secretary Rex Gatchalian|Rex Gatchalian", "told",
               '"We have pre-positioned food and water for 50,000 families,"', "direct", medium="told [Reuters]"),
            St("provincial police", "according to", "At least three people were killed by falling trees,", "according_to"),
        ],
        figs=[
            Fig("up to 185 km per hour", None, "other", high=185, unit="km/h", st=0),
            Fig("nearly 90,000", None, "displaced", high=90000, counted="90,000 people", st=0),
            Fig("50,000", 50000, "people", counted="50,000 families", st=1),
            Fig("At least three", 3, "killed", high=None, st=2),
        ],
        tags=["wire", "reuters-dateline", "told-reuters", "measure-kmh", "according-to-trailing"],
    ),
    Doc(
        "en-dev-tabloid-17",
        "dump",
        """Home › News › Weird
Exclusive
Pensioner finds £20,000 in charity shop jacket – and hands it in
By Ben Carter
A pensioner who bought a £6 jacket from a charity shop found £20,000 in cash sewn into the lining.
Derek Moss, 78, told us: “I couldn't believe my eyes. I went straight to the police.”
Police said the money would be returned to the jacket's owner if they could be traced.""",
        arts=[Art("main", "Pensioner finds £20,000")],
        sts=[
            St("Derek Moss", "told", "“I couldn't believe my eyes. I went straight to the police.”", "direct", medium="us"),
            St("Police", "Police [said]", "the money would be returned to the jacket's owner if they could be traced.", "indirect"),
        ],
        figs=[
            Fig("finds £20,000", 20000, "money", unit="GBP"),
            Fig("£6", 6, "money", unit="GBP"),
            Fig("found £20,000", 20000, "money", unit="GBP"),
        ],
        tags=["tabloid", "breadcrumb", "exclusive-label", "byline", "age-not-figure", "told-us"],
    ),
    Doc(
        "en-dev-wire-18",
        "wire",
        """ANKARA, Turkey (AP) — Turkish authorities detained 47 people suspected of links to a banned group in raids across 12 provinces on Tuesday, the state-run Anadolu Agency reported.
Interior Minister Ali Yerlikaya wrote on social media that the suspects had been "planning attacks".
Lawyers for some of the detainees said their clients were journalists.""",
        arts=[Art("main", "ANKARA, Turkey (AP) —", "ANKARA, Turkey", ("AP",))],
        sts=[
            St("the state-run Anadolu Agency|Anadolu Agency", "reported",
               "Turkish authorities detained 47 people suspected of links to a banned group in raids across 12 provinces on Tuesday,",
               "indirect"),
            St("Interior Minister Ali Yerlikaya|Ali Yerlikaya", "wrote", 'that the suspects had been "planning attacks".', "mixed",
               medium="on social media"),
            St("Lawyers for some of the detainees|Lawyers|lawyers for some of the detainees", "detainees [said]",
               "their clients were journalists.", "indirect"),
        ],
        figs=[
            Fig("47", 47, "arrested", counted="47 people", st=0),
            Fig("12 provinces", 12, "other", st=0),
        ],
        tags=["wire", "ap-dateline", "agency-reported", "wrote-on", "mixed"],
    ),
    Doc(
        "en-dev-broadcast-19",
        "broadcast",
        """NPR
Listen · 4:05
Hospitals brace for flu surge as cases double
Flu hospitalizations nearly doubled in the past two weeks, the Centers for Disease Control and Prevention said Friday.
"We are at the steepest part of the curve right now," said Dr. Lena Hart, an infectious disease specialist at Riverside Medical Center. She said her hospital had opened 25 extra beds.""",
        arts=[Art("main", "Hospitals brace for")],
        sts=[
            St("the Centers for Disease Control and Prevention|Centers for Disease Control and Prevention|CDC", "Prevention [said]",
               "Flu hospitalizations nearly doubled in the past two weeks,", "indirect"),
            St("Dr. Lena Hart, an infectious disease specialist at Riverside Medical Center|Lena Hart", "[said] Dr.",
               '"We are at the steepest part of the curve right now,"', "direct"),
            St("[She] said|Lena Hart", "She [said]", "her hospital had opened 25 extra beds.", "indirect"),
        ],
        figs=[Fig("25 extra beds", 25, "other", st=2)],
        tags=["broadcast", "listen-chrome", "ratio-not-figure", "honorific-dr", "pronoun"],
        notes="'nearly doubled' and 'double' are ratios; 'two weeks' a duration.",
    ),
    Doc(
        "en-dev-wire-20",
        "wire",
        """Union says 4,000 jobs at risk as carmaker shuts plant
DETROIT (Reuters) - About 4,000 jobs are at risk after carmaker Halden Motors said on Wednesday it would close its assembly plant in Lansing by 2028, the United Auto Workers union said.
Halden put the number of affected workers at 2,600. "We will support every employee through this transition," the company said in a statement.""",
        arts=[Art("main", "DETROIT (Reuters) -", "DETROIT", ("Reuters",))],
        sts=[
            St("Union|United Auto Workers|Union|United Auto Workers union", "Union [says]", "4,000 jobs at risk as carmaker shuts plant",
               "indirect"),
            St("the United Auto Workers union|United Auto Workers|UAW|United Auto Workers union", "union [said].",
               "About 4,000 jobs are at risk after carmaker Halden Motors said on Wednesday it would close its assembly plant in Lansing by 2028,",
               "indirect"),
            St("carmaker Halden Motors|Halden Motors", "Motors [said]", "it would close its assembly plant in Lansing by 2028,",
               "indirect"),
            St("[Halden] put|Halden Motors", "put", "the number of affected workers at 2,600.", "indirect"),
            St("the company|Halden Motors", "company [said]", '"We will support every employee through this transition,"',
               "direct", medium="in a statement"),
        ],
        figs=[
            Fig("4,000 jobs at risk as", 4000, "other", st=0),
            Fig("About 4,000", 4000, "other", approx=True, st=1),
            Fig("2,600", 2600, "other", st=3),
        ],
        tags=["wire", "headline-claim", "nested-report", "put-estimate", "year-not-figure"],
        notes="Halden's own 'said ... it would close' sits inside the union's content (nested); the figure 2,600 is Halden's estimate.",
    ),
]
