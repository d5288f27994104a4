"""Date examples: every date mention the extractor must find, with its value.

Resolved against ``REFERENCE_DATE`` (2024-06-12, a Wednesday) unless an example
gives ``published``. Handy anchors for the default published date:
yesterday 2024-06-11 (Tue), tomorrow 2024-06-13 (Thu), ISO week 2024-W24
(last week W23, next week W25), this weekend 2024-06-15/2024-06-16; past
weekdays Thu 06-06, Fri 06-07, Sat 06-08, Sun 06-09, Mon 06-10, Tue 06-11,
Wed 06-12; future weekdays Thu 06-13, Fri 06-14, Sat 06-15, Sun 06-16,
Mon 06-17, Tue 06-18.
"""

from ..example_table import ex

EXAMPLES = [
    # ------------------------------------------------------------------ datelines
    ex("ASTANA, Aug. 16 (Yonhap) -- President Tokayev arrived on Monday.",
       ("Aug. 16", {"value": "2024-08-16"}), ("Monday", {"value": "2024-06-10"}),
       source="Yonhap dateline"),
    ex("ASTANA, June 11 (Yonhap) -- President Yoon Suk Yeol arrived in Astana on "
       "Tuesday for a three-day state visit to Kazakhstan, the second leg of his "
       "Central Asia tour.",
       ("June 11", {"value": "2024-06-11"}), ("Tuesday", {"value": "2024-06-11"}),
       source="Yonhap dateline"),
    ex("SEOUL, Aug. 17 (Yonhap) -- Kazakh President Kassym-Jomart Tokayev and "
       "President Moon Jae-in held summit talks on Tuesday and agreed to expand "
       "cooperation in health care and energy.",
       ("Aug. 17", {"value": "2021-08-17"}), ("Tuesday", {"value": "2021-08-17"}),
       published="2021-08-17", source="Yonhap dateline"),
    ex("SEOUL, July 25 (AJP) - South Korean President Lee Jae-myung and Kazakh "
       "President Kassym-Jomart Tokayev spoke by phone on Wednesday, reaffirming "
       "their commitment to strengthening ties across trade, culture, and "
       "development.",
       ("July 25", {"value": "2025-07-25"}), ("Wednesday", {"value": "2025-07-23"}),
       published="2025-07-25", source="AJP dateline"),
    ex("ASTANA, June 11 (Reuters) - Kazakhstan and South Korea signed agreements "
       "worth about $1 billion on Tuesday, including a deal on critical minerals, "
       "officials said.",
       ("June 11", {"value": "2024-06-11"}), ("Tuesday", {"value": "2024-06-11"}),
       source="Reuters dateline"),
    ex("ALMATY, Kazakhstan (AP) — Kazakhstan's president on Wednesday ordered the "
       "government to speed up talks with Korean investors.",
       ("Wednesday", {"value": "2024-06-12"}),
       source="AP dateline"),
    ex("ASTANA. KAZINFORM – 12 June 2024, 14:35. Foreign Minister Murat Nurtleu "
       "received a delegation of the Korean National Assembly today.",
       ("12 June 2024", {"value": "2024-06-12"}), ("today", {"value": "2024-06-12"}),
       source="Kazinform byline"),
    ex("SEOUL, Aug. 16 (Yonhap) -- Kazakh President Kassym-Jomart Tokayev will hold "
       "summit talks with President Moon Jae-in on Tuesday.",
       ("Aug. 16", {"value": "XXXX-08-16"}), ("Tuesday", {"value": "XXXX-XX-XX"}),
       published=None, source="Yonhap dateline, no published date"),

    # ------------------------------------------- weekday joined to a calendar date
    ex("Tokayev began a two-day state visit to South Korea on Monday, Aug. 16, the "
       "first by a foreign head of state since the pandemic began.",
       ("Monday, Aug. 16", {"value": "2021-08-16"}),
       published="2021-08-17", source="AP"),
    ex("The summit took place on Monday, Aug. 16, 2021, at Cheong Wa Dae in Seoul.",
       ("Monday, Aug. 16, 2021", {"value": "2021-08-16"}),
       source="AP"),
    ex("President Yoon Suk Yeol and President Kassym-Jomart Tokayev held talks at "
       "the Akorda on Wednesday, June 12, 2024.",
       ("Wednesday, June 12, 2024", {"value": "2024-06-12"}),
       source="press release"),
    ex("The Korea-Central Asia business forum opens Tuesday, Nov. 12, in Almaty.",
       ("Tuesday, Nov. 12", {"value": "2024-11-12"}),
       source="AP"),
    ex("The summit took place on Monday, Aug. 16, 2021. On Aug. 17, Tokayev "
       "visited the Samsung campus in Suwon.",
       ("Monday, Aug. 16, 2021", {"value": "2021-08-16"}),
       ("Aug. 17", {"value": "XXXX-08-17"}),
       published=None, source="AP, no published date (no year borrowing)"),

    # ------------------------------------------------------ full calendar dates
    ex("Diplomatic relations between the two countries were established on January "
       "28, 1992, shortly after Kazakhstan's independence.",
       ("January 28, 1992", {"value": "1992-01-28"}),
       source="Wikipedia"),
    ex("Kazakhstan declared its independence from the Soviet Union on 16 December "
       "1991.",
       ("16 December 1991", {"value": "1991-12-16"}),
       source="Wikipedia"),
    ex("The agreement on avoiding double taxation entered into force on the 16th of "
       "August, 2021.",
       ("16th of August, 2021", {"value": "2021-08-16"}),
       source="Kazinform"),
    ex("The Kazakh leader is expected in Seoul on the 16th of August.",
       ("16th of August", {"value": "2024-08-16"}),
       source="Kazinform"),
    ex("The visa-free regime between Kazakhstan and South Korea took effect on Nov. "
       "29, 2014, allowing stays of up to 30 days.",
       ("Nov. 29, 2014", {"value": "2014-11-29"}),
       source="Yonhap"),
    ex("In a statement dated August 16, 2021, the Foreign Ministry said the two "
       "sides had signed 13 documents.",
       ("August 16, 2021", {"value": "2021-08-16"}),
       source="press release"),
    ex("Additionally, starting from June 15, 2024, Air Astana will operate two "
       "direct flights a week between Astana and Seoul.",
       ("June 15, 2024", {"value": "2024-06-15"}),
       source="Wikipedia"),
    ex("The Korean Cultural Centre in Astana will open its doors on 16 August.",
       ("16 August", {"value": "2024-08-16"}),
       source="Astana Times"),

    # ------------------------------------------------------------ month and year
    ex("South Korea and Kazakhstan formally established diplomatic relations in "
       "January 1992.",
       ("January 1992", {"value": "1992-01"}),
       source="Wikipedia"),
    ex("In May 2009 the two countries signed an agreement for Korean investments in "
       "Kazakhstan's energy and technology sectors totaling over $5 billion.",
       ("May 2009", {"value": "2009-05"}),
       source="Wikipedia"),
    ex("In November 2020, the South Korean embassy in Astana organized a webinar "
       "looking at Kazakhstan's approach to voluntary disposing of the 1410 "
       "warheads it inherited from the Soviet Union.",
       ("November 2020", {"value": "2020-11"}),
       source="Wikipedia"),
    ex("Tokayev visited South Korea in August 2021, while former President Yoon Suk "
       "Yeol traveled to Astana in June 2024.",
       ("August 2021", {"value": "2021-08"}), ("June 2024", {"value": "2024-06"}),
       source="AJP"),
    ex("Diplomatic relations were established in January 1992, shortly after "
       "Kazakhstan gained independence in December 1991.",
       ("January 1992", {"value": "1992-01"}), ("December 1991", {"value": "1991-12"}),
       source="AJP"),

    # ------------------------------------------------------ month/day without year
    ex("Bilateral trade reached $580 million in May, the statistics bureau said.",
       ("May", {"value": "2024-05"}),
       source="Reuters"),
    ex("Tokayev is expected to visit Seoul in September for the C5+K summit.",
       ("September", {"value": "2024-09"}),
       source="Astana Times"),
    ex("Direct flights between Shymkent and Seoul resumed on June 3.",
       ("June 3", {"value": "2024-06-03"}),
       source="Kazinform"),
    ex("The investment forum will be held in Busan on Sept. 5-7.",
       ("Sept. 5-7", {"value": "2024-09-05/2024-09-07"}),
       source="Yonhap"),
    ex("The ministry plans to announce the tender results in May.",
       ("May", {"value": "XXXX-05"}),
       published=None, source="press release, no published date"),
    ex("Kazakhstan will celebrate Constitution Day on Aug. 30.",
       ("Aug. 30", {"value": "XXXX-08-30"}),
       published=None, source="Kazinform, no published date"),

    # A month or day without a year: the occurrence nearest the published date
    # when it is within a month (61 days for a day) or is a deadline; else the
    # tense of the clause decides (past: on or before, future: on or after).
    ex("Kazakh police said the suspect was detained in July and extradited to Seoul.",
       ("July", {"value": "2023-07"}),
       published="2024-03-05", source="Yonhap: past clause, month after the published one"),
    ex("Tokayev will pay a state visit to Seoul in February, his office said.",
       ("February", {"value": "2025-02"}),
       source="Kazinform: future clause, month before the published one"),
    ex("The dividend is payable Jan. 15 to shareholders of record Dec. 20, KEGOC said.",
       ("Jan. 15", {"value": "2025-01-15"}), ("Dec. 20", {"value": "2024-12-20"}),
       published="2024-11-28", source="Reuters: near days across the new year"),
    ex("ALMATY, Dec. 30 (Yonhap) -- Kazakhstan's central bank kept its base rate "
       "unchanged.",
       ("Dec. 30", {"value": "2024-12-30"}),
       published="2025-01-02", source="Yonhap dateline in the new year"),
    ex("Investigators said the shipment left Busan in October and was seized in "
       "Aktau weeks later.",
       ("October", {"value": "2023-10"}),
       published="2024-06-12", source="AP: past clause, nearest would be the coming October"),
    ex("Officials said the capital now has enough hotel rooms for the tourist peak in "
       "July.",
       ("July", {"value": "2024-07"}),
       published="2024-03-20", source="Reuters: 'now has' is present, so the nearest July"),
    ex("The consulate in Almaty will close on Christmas Day, after a concert on New "
       "Year's Day drew 2,000 people.",
       ("Christmas Day", {"value": "2024-12-25"}), ("New Year's Day", {"value": "2024-01-01"}),
       published="2024-01-03", source="Kazinform: holidays; a future clause keeps a "
                                      "just-passed Christmas ahead"),
    ex("The boy was rescued on Thanksgiving Day and spent last Christmas in Miami.",
       ("Thanksgiving Day", {"value": "1999-11-25"}), ("last Christmas", {"value": "1999-12-25"}),
       published="2000-01-06", source="AP: US Thanksgiving is the fourth Thursday of November"),
    ex("The March accession will let the three countries join the summit.",
       ("March", {"value": "2024-03"}),
       published="2024-02-10", source="Xinhua: an ambiguous month before a noun after 'the'"),
    ex("The share sale is to be completed around Nov. 1, and talks resume around "
       "mid-December.",
       ("around Nov. 1", {"value": "2024-11-01", "mod": "APPROX"}),
       ("mid-December", {"value": "2024-12", "mod": "MID"}),
       published="2024-10-30", source="Reuters: 'around' before a day"),
    ex("Delegates talked about May 9 celebrations in Almaty.",
       ("May 9", {"value": "2024-05-09"}),
       source="Kazinform: 'about' a topic is no approximation"),
    # "last October", "next March", "June last year", "January this year"
    ex("Samsung C&T won the contract last October and will start construction next "
       "March.",
       ("last October", {"value": "2023-10"}), ("next March", {"value": "2025-03"}),
       source="Yonhap"),
    ex("In June last year, Yoon visited Astana; in January this year the two "
       "governments signed a roadmap.",
       ("June last year", {"value": "2024-06"}), ("January this year", {"value": "2025-01"}),
       published="2025-03-10", source="Astana Times"),

    # ----------------------------------------------------------------------- years
    ex("In 2008, Kookmin Bank, one of South Korea's largest banks, purchased a 30% "
       "stake in Kazakhstan's CenterCredit Bank for about $634 million.",
       ("2008", {"value": "2008"}),
       source="Wikipedia"),
    ex("Gangnam University in South Korea has offered Kazakh language and culture "
       "programs since 2006.",
       ("2006", {"value": "2006"}),
       source="AJP"),
    ex("As of 2024, South Korea is the 5th largest investor and 4th largest trade "
       "partner of Kazakhstan.",
       ("2024", {"value": "2024"}),
       source="Wikipedia"),
    ex("His memorial tomb was located in Kyzylorda until 2021, and his remains were "
       "returned to his home country, South Korea.",
       ("2021", {"value": "2021"}),
       source="Wikipedia"),
    ex("The two companies will own 65% of the plant, which is scheduled for "
       "completion by 2014.",
       ("2014", {"value": "2014"}),
       source="Wikipedia"),
    ex("The Korean Theatre of Kazakhstan in Almaty, founded in 1932, is the oldest "
       "Korean-language theater troupe in the world.",
       ("1932", {"value": "1932"}),
       source="AJP"),
    ex("Trade turnover between the two countries amounted to US$6 billion in 2023, "
       "and over the past 18 years, the gross inflow of foreign direct investment "
       "from Korea to Kazakhstan reached US$9.6 billion.",
       ("2023", {"value": "2023"}),
       source="Wikipedia"),
    ex("Kazakhstan marked the 30th anniversary of diplomatic ties with Seoul in 2022.",
       ("2022", {"value": "2022"}),
       source="Astana Times"),
    ex("Astana hosted Expo 2017 in the summer of 2017, drawing nearly 4 million "
       "visitors.",
       ("summer of 2017", {"value": "2017-SU"}),
       source="Astana Times"),
    ex("Travel between the two countries collapsed in 2020 because of the COVID-19 "
       "pandemic.",
       ("2020", {"value": "2020"}),
       source="Reuters"),
    ex("Kazakhstan has been a member of the Conference on Interaction and "
       "Confidence-Building Measures in Asia since 1992.",
       ("1992", {"value": "1992"}),
       source="Wikipedia"),
    ex("Kazakhstan aims to double trade with Korea to $10 billion by 2030.",
       ("2030", {"value": "2030"}),
       source="Astana Times"),

    # --------------------------------------------------------- years as modifiers
    ex("South Korean President Park Geun-hye expressed support for the economic "
       "development Kazakhstan 2050 Strategy on a 2014 visit to Kazakhstan.",
       ("2014", {"value": "2014"}),
       source="Wikipedia"),
    ex("The 2023 trade figures showed a sharp rise in Korean car exports.",
       ("2023", {"value": "2023"}),
       source="Reuters"),
    ex("Officials recalled Tokayev's 2021 state visit, the first by a foreign "
       "leader during the pandemic.",
       ("2021", {"value": "2021"}),
       source="Yonhap"),

    # ----------------------------------------------------------------------- lists
    ex("Kazakhstani president Nursultan Nazarbayev has made five official visits to "
       "South Korea, in 1995, 2003, 2010, 2012, 2016.",
       ("1995", {"value": "1995"}), ("2003", {"value": "2003"}),
       ("2010", {"value": "2010"}), ("2012", {"value": "2012"}),
       ("2016", {"value": "2016"}),
       source="Wikipedia"),
    ex("Lee Myung-bak traveled to Central Asia in 2009 and 2011.",
       ("2009", {"value": "2009"}), ("2011", {"value": "2011"}),
       source="Yonhap"),
    ex("The joint commission met in Seoul on April 16 and 17.",
       ("April 16", {"value": "2024-04-16"}), ("17", {"value": "2024-04-17"}),
       source="Yonhap"),
    ex("Moon Jae-in held talks with Nazarbayev and Tokayev in Nur-Sultan on April "
       "22 and 23, 2019.",
       ("April 22", {"value": "2019-04-22"}), ("23, 2019", {"value": "2019-04-23"}),
       source="Yonhap"),
    ex("The two leaders met in 2019, 2021 and 2024.",
       ("2019", {"value": "2019"}), ("2021", {"value": "2021"}),
       ("2024", {"value": "2024"}),
       source="Astana Times"),
    ex("Passenger traffic on the Almaty-Seoul route rose in April and May.",
       ("April", {"value": "2024-04"}), ("May", {"value": "2024-05"}),
       source="Kazinform"),
    ex("Korean investment in Kazakhstan grew steadily through the 2000s and 2010s.",
       ("2000s", {"value": "200X"}), ("2010s", {"value": "201X"}),
       source="Astana Times"),

    # ----------------------------------------------------- multi-sentence passages
    ex("In 2004, South Korean president Roh Moo Hyun visited Kazakhstan. His "
       "successor, Lee Myung-bak, visited Kazakhstan in 2009. President Park "
       "Geun-hye visited Kazakhstan in 2014 where she and President Nazarbayev "
       "agreed to strengthen economic and investment cooperation and technology "
       "exchange. President Moon Jae-In visited Kazakhstan in 2019.",
       ("2004", {"value": "2004"}), ("2009", {"value": "2009"}),
       ("2014", {"value": "2014"}), ("2019", {"value": "2019"}),
       published=None, source="Wikipedia"),
    ex("Trade and investment form a central part of the partnership. Bilateral "
       "trade reached around USD 6 billion in 2023, with Kazakhstan exporting "
       "approximately USD 3.8 billion in goods to South Korea and importing USD 2.2 "
       "billion. In 2024, the total trade volume stood at USD 3.1 billion.",
       ("2023", {"value": "2023"}), ("2024", {"value": "2024"}),
       published="2025-07-25", source="AJP"),
    ex("Tourism has grown steadily. In 2023, the number of South Korean visitors to "
       "Kazakhstan rose by 125 percent. Flight connectivity also expanded in 2024, "
       "with weekly flights between Seoul and Almaty increasing from 10 to 42.",
       ("2023", {"value": "2023"}), ("2024", {"value": "2024"}),
       published="2025-07-25", source="AJP"),
    ex("The number of Koreans visiting Kazakhstan more than doubled in 2023. In "
       "March 20-21, 2024, civil aviation authorities of the 2 countries agreed to "
       "increase the number of current flights between Almaty and Seoul from 10 to "
       "42 flights per week. Additionally, starting from June 15, 2024, Air Astana "
       "will operate two direct flights a week between Astana and Seoul.",
       ("2023", {"value": "2023"}),
       ("March 20-21, 2024", {"value": "2024-03-20/2024-03-21"}),
       ("June 15, 2024", {"value": "2024-06-15"}),
       published=None, source="Wikipedia"),
    ex("ASTANA, June 12 (Yonhap) -- President Yoon Suk Yeol and Kazakh President "
       "Kassym-Jomart Tokayev agreed on Wednesday to cooperate on critical "
       "minerals. Yoon arrived in Astana on Tuesday after a two-day visit to "
       "Turkmenistan and will leave for Uzbekistan on Thursday. Bilateral trade "
       "reached $6.4 billion last year.",
       ("June 12", {"value": "2024-06-12"}), ("Wednesday", {"value": "2024-06-12"}),
       ("Tuesday", {"value": "2024-06-11"}), ("Thursday", {"value": "2024-06-13"}),
       ("last year", {"value": "2023"}),
       source="Yonhap"),

    # ---------------------------------------------------------------------- ranges
    ex("The first state visit of the President of Kazakhstan, Nursultan Nazarbayev, "
       "to South Korea took place from 12 to 14 November 2003.",
       ("12 to 14 November 2003", {"value": "2003-11-12/2003-11-14"}),
       source="Wikipedia"),
    ex("Kazakhstan President Kassym-Jomart Tokayev paid a state visit to S. Korea on "
       "16-17 of August, 2021.",
       ("16-17 of August, 2021", {"value": "2021-08-16/2021-08-17"}),
       source="Wikipedia"),
    ex("South Korea President Yoon Suk Yeol paid a state visit to Kazakhstan on "
       "11-13 of June, 2024.",
       ("11-13 of June, 2024", {"value": "2024-06-11/2024-06-13"}),
       source="Wikipedia"),
    ex("In March 20-21, 2024, civil aviation authorities of the 2 countries agreed "
       "to increase the number of current flights between Almaty and Seoul from 10 "
       "to 42 flights per week.",
       ("March 20-21, 2024", {"value": "2024-03-20/2024-03-21"}),
       source="Wikipedia"),
    ex("Kazakhstan's first president, Nursultan Nazarbayev, visited South Korea five "
       "times between 1995 and 2016.",
       ("1995 and 2016", {"value": "1995/2016"}),
       source="AJP"),
    ex("- (embassy since 1992–1996)",
       ("1992–1996", {"value": "1992/1996"}),
       source="Wikipedia"),
    ex("Baek Joo Hyun served in the Ministry of Foreign Affairs from 2003 to 2010.",
       ("2003 to 2010", {"value": "2003/2010"}),
       source="Wikipedia"),
    ex("The Korea-Central Asia cooperation forum runs Nov. 30-Dec. 2, 2024, in "
       "Busan.",
       ("Nov. 30-Dec. 2, 2024", {"value": "2024-11-30/2024-12-02"}),
       source="AP"),
    ex("He headed the Korean trade office in Almaty in 2003-2010.",
       ("2003-2010", {"value": "2003/2010"}),
       source="Wikipedia"),
    ex("Yoon's June 10-15 tour of Turkmenistan, Kazakhstan and Uzbekistan is his "
       "first to Central Asia.",
       ("June 10-15", {"value": "2024-06-10/2024-06-15"}),
       source="Yonhap"),
    ex("Exports of Korean cosmetics to Kazakhstan rose from January to March.",
       ("January to March", {"value": "2024-01/2024-03"}),
       source="Kazinform"),
    ex("Between January and May 2024, bilateral trade reached $1.9 billion.",
       ("January and May 2024", {"value": "2024-01/2024-05"}),
       source="Kazinform"),
    ex("The festival ran from Dec. 30, 2023 to Jan. 2, 2024 in Almaty.",
       ("Dec. 30, 2023 to Jan. 2, 2024", {"value": "2023-12-30/2024-01-02"}),
       source="Astana Times"),
    ex("The 1937–38 deportations moved some 172,000 Koreans from the Far East to "
       "Central Asia.",
       ("1937–38", {"value": "1937/1938"}),
       source="Wikipedia"),
    ex("Korean firms invested $4.5 billion in Kazakhstan from 2020 through 2023.",
       ("2020 through 2023", {"value": "2020/2023"}),
       source="Reuters"),

    # ----------------------------------------------------- decades and centuries
    ex("In the late 1930s thousands of Koreans were deported.",
       ("late 1930s", {"value": "193X", "mod": "LATE"}), source="Wikipedia"),
    ex("Korean peasants began settling in the Russian Far East in the 1860s.",
       ("1860s", {"value": "186X"}),
       source="Wikipedia"),
    ex("Trade between the two countries expanded rapidly in the 1990s.",
       ("1990s", {"value": "199X"}),
       source="Wikipedia"),
    ex("Korean dramas first reached Kazakh television screens in the '90s.",
       ("'90s", {"value": "199X"}),
       source="Astana Times"),
    ex("Korean investment in Kazakhstan has reached close to USD 9.6 billion since "
       "the mid-2000s.",
       ("mid-2000s", {"value": "200X", "mod": "MID"}),
       source="AJP"),
    ex("Daewoo and Samsung were among the first Korean investors in the early 1990s.",
       ("early 1990s", {"value": "199X", "mod": "EARLY"}),
       source="Wikipedia"),
    ex("K-pop fan clubs spread across Almaty in the late 2010s.",
       ("late 2010s", {"value": "201X", "mod": "LATE"}),
       source="Astana Times"),
    ex("Koryo-saram culture took shape in Central Asia during the 20th century.",
       ("20th century", {"value": "19XX"}),
       source="Wikipedia"),
    ex("Hong Beom-do led Korean independence fighters in the early 20th century.",
       ("early 20th century", {"value": "19XX", "mod": "EARLY"}),
       source="Wikipedia"),
    ex("Koreans have lived in the Russian Far East since the 19th century.",
       ("19th century", {"value": "18XX"}),
       source="Wikipedia"),

    # ------------------------------------------------------------ parts of periods
    ex("The power plant project stalled in early 2011.",
       ("early 2011", {"value": "2011", "mod": "EARLY"}),
       source="Reuters"),
    ex("The refinery upgrade is due to be completed by mid-2024.",
       ("mid-2024", {"value": "2024", "mod": "MID"}),
       source="Reuters"),
    ex("Talks on the free trade agreement resumed in late 2023.",
       ("late 2023", {"value": "2023", "mod": "LATE"}),
       source="Reuters"),
    ex("The ministry expects to sign the contract by the end of the year.",
       ("end of the year", {"value": "2024", "mod": "LATE"}),
       source="Kazinform"),
    ex("The Balkhash power plant is to be completed by the end of 2025.",
       ("end of 2025", {"value": "2025", "mod": "LATE"}),
       source="Astana Times"),
    ex("A new Korean school will open in Astana at the beginning of 2025.",
       ("beginning of 2025", {"value": "2025", "mod": "EARLY"}),
       source="Kazinform"),
    ex("Samsung C&T opened its Almaty office around 2010.",
       ("around 2010", {"value": "2010", "mod": "APPROX"}),
       source="Astana Times"),
    ex("The delegation arrived in early June and stayed until the end of June.",
       ("early June", {"value": "2024-06", "mod": "EARLY"}),
       ("end of June", {"value": "2024-06", "mod": "LATE"}),
       source="Kazinform"),
    ex("Wheat exports to Korea slowed in late May but recovered by mid-June.",
       ("late May", {"value": "2024-05", "mod": "LATE"}),
       ("mid-June", {"value": "2024-06", "mod": "MID"}),
       source="Reuters"),
    ex("Tokayev is expected to visit Seoul early next year.",
       ("early next year", {"value": "2025", "mod": "EARLY"}),
       source="Yonhap"),
    ex("The ministry expects to sign the contract by the end of the year.",
       ("end of the year", {"value": "XXXX", "mod": "LATE"}),
       published=None, source="Kazinform, no published date"),

    # ------------------------------------------- quarters, halves, seasons, fiscal
    ex("Bilateral trade grew 14% in the first quarter of 2024.",
       ("first quarter of 2024", {"value": "2024-Q1"}),
       source="Reuters"),
    ex("Korean car sales in Kazakhstan fell in Q3 2023 as the tenge weakened.",
       ("Q3 2023", {"value": "2023-Q3"}),
       source="Reuters"),
    ex("The first shipment of Korean-made locomotives is expected in the third "
       "quarter.",
       ("third quarter", {"value": "2024-Q3"}),
       source="Reuters"),
    ex("Hyundai's Kazakh assembly plant posted record output in the fourth quarter "
       "of last year.",
       ("fourth quarter of last year", {"value": "2023-Q4"}),
       source="Reuters"),
    ex("Kazakhstan's GDP grew 3.3% in the first half of 2024.",
       ("first half of 2024", {"value": "2024-H1"}),
       source="Reuters"),
    ex("The two governments plan to launch the joint fund in the second half of the "
       "year.",
       ("second half of the year", {"value": "2024-H2"}),
       source="Yonhap"),
    ex("Freight volumes on the Trans-Caspian route doubled in H1 2024.",
       ("H1 2024", {"value": "2024-H1"}),
       source="Reuters"),
    ex("Air Astana plans to add a third weekly Astana-Seoul flight in summer 2024.",
       ("summer 2024", {"value": "2024-SU"}),
       source="Astana Times"),
    ex("Korean tourists flocked to Shymbulak ski resort last winter.",
       ("last winter", {"value": "2023-WI"}),
       source="Kazinform"),
    ex("The festival drew record crowds last summer and will return this summer.",
       ("last summer", {"value": "2023-SU"}), ("this summer", {"value": "2024-SU"}),
       source="Astana Times"),
    ex("The plant will begin production in spring 2025.",
       ("spring 2025", {"value": "2025-SP"}),
       source="press release"),
    ex("The Korean Cultural Center in Almaty was renovated in autumn 2023, a year "
       "after its Astana branch opened in the fall of 2022.",
       ("autumn 2023", {"value": "2023-FA"}), ("fall of 2022", {"value": "2022-FA"}),
       source="Astana Times"),
    ex("KEPCO reported a net profit in fiscal 2023 for the first time in three years.",
       ("fiscal 2023", {"value": "2023"}),
       source="Reuters"),

    # "the quarter" / "the latest quarter": the last quarter completed before the
    # published date; a quarter word without an article; a year written before it.
    ex("Kaspi.kz said on Thursday that net income rose 40% in the quarter.",
       ("Thursday", {"value": "2024-10-24"}), ("quarter", {"value": "2024-Q3"}),
       published="2024-10-24", source="Reuters"),
    ex("Halyk Bank's profit for the latest quarter was below its year-ago quarter.",
       ("latest quarter", {"value": "2024-Q3"}), ("year-ago quarter", {"value": "2023-Q3"}),
       published="2024-10-30", source="Reuters"),
    ex("KEGOC expects its fourth quarter to be stronger after a flat second quarter.",
       ("fourth quarter", {"value": "2024-Q4"}), ("second quarter", {"value": "2024-Q2"}),
       published="2024-10-30", source="Reuters"),
    ex("Exports in this year's third quarter exceeded those of the 2023 second quarter.",
       ("this year's third quarter", {"value": "2024-Q3"}),
       ("2023 second quarter", {"value": "2023-Q2"}),
       published="2024-11-05", source="Kazinform"),
    ex("Air Astana's fiscal first quarter ended in March; it expects growth through "
       "the first two quarters of 2025 and in the last half of 2025.",
       ("fiscal first quarter", {"value": "2024-Q1"}), ("March", {"value": "2024-03"}),
       ("first two quarters of 2025", {"value": "2025-H1"}),
       ("last half of 2025", {"value": "2025-H2"}),
       source="Reuters"),

    # ------------------------------------------------- relative: day, month, year
    ex("Tokayev held talks with Yoon yesterday and will receive Korean business "
       "leaders tomorrow.",
       ("yesterday", {"value": "2024-06-11"}), ("tomorrow", {"value": "2024-06-13"}),
       source="Kazinform"),
    ex("The Korean delegation arrived in Astana today.",
       ("today", {"value": "2024-06-12"}),
       source="Kazinform"),
    ex("Bilateral trade reached $6.4 billion last year, the customs service said.",
       ("last year", {"value": "2023"}),
       source="Reuters"),
    ex("Kazakhstan expects to host the C5+K summit next year and to raise trade "
       "this year.",
       ("next year", {"value": "2025"}), ("this year", {"value": "2024"}),
       source="Yonhap"),
    ex("The ministers met last month in Seoul and will meet again next month in "
       "Almaty.",
       ("last month", {"value": "2024-05"}), ("next month", {"value": "2024-07"}),
       source="Yonhap"),
    ex("Korean Air resumed flights to Almaty this month.",
       ("this month", {"value": "2024-06"}),
       source="Yonhap"),
    ex("The joint working group will meet in Seoul next week.",
       ("next week", {"value": "2024-W25"}),
       source="Yonhap"),
    ex("The agreement was initialled last week and will be signed this week.",
       ("last week", {"value": "2024-W23"}), ("this week", {"value": "2024-W24"}),
       source="Kazinform"),
    ex("Hyundai opened its Almaty plant two years ago.",
       ("two years ago", {"value": "2022"}),
       source="Reuters"),
    ex("A year ago, the two sides had not yet agreed on the route.",
       ("A year ago", {"value": "2023"}),
       source="Reuters"),
    ex("The ministry submitted the draft three months ago.",
       ("three months ago", {"value": "2024-03"}),
       source="Kazinform"),
    ex("The first cargo train left Busan 10 days ago and two weeks ago the customs "
       "protocol was signed.",
       ("10 days ago", {"value": "2024-06-02"}), ("two weeks ago", {"value": "2024-W22"}),
       source="Kazinform"),
    ex("Five years ago, Moon Jae-in visited Kazakhstan.",
       ("Five years ago", {"value": "2019"}),
       source="Astana Times"),

    # earlier/later/early/late before a relative period: the period with a mod.
    ex("Earlier this year, the two governments agreed on the route; the treaty will "
       "be ratified later this month.",
       ("Earlier this year", {"value": "2024", "mod": "EARLY"}),
       ("later this month", {"value": "2024-06", "mod": "LATE"}),
       source="Kazinform"),
    ex("The talks ended late yesterday, and the Korean delegation left early Thursday.",
       ("late yesterday", {"value": "2024-06-11", "mod": "LATE"}),
       ("early Thursday", {"value": "2024-06-06", "mod": "EARLY"}),
       source="AP"),
    ex("Tenge bonds rallied earlier in the year and fell early this week.",
       ("earlier in the year", {"value": "2024", "mod": "EARLY"}),
       ("early this week", {"value": "2024-W24", "mod": "EARLY"}),
       source="Reuters"),
    # N units ago with an approximation word; "a decade ago" is a year.
    ex("The pipeline was completed nearly four years ago, and the consortium was "
       "formed a decade ago.",
       ("nearly four years ago", {"value": "2020", "mod": "APPROX"}),
       ("a decade ago", {"value": "2014"}),
       source="Reuters"),
    ex("Korean investment in Kazakhstan boomed in the nineties.",
       ("nineties", {"value": "199X"}),
       source="Astana Times"),
    # "the year" after a preposition is the published year, like "the end of the year".
    ex("Trade turnover for the year is expected to exceed $7 billion, the ministry said.",
       ("year", {"value": "2024"}),
       source="Kazinform"),
    ex("Sales rose 12% for the full year, and the company expects growth in the "
       "current fiscal year.",
       ("full year", {"value": "2024"}), ("current fiscal year", {"value": "2024"}),
       source="Reuters"),
    ex("Samsung expects to close the deal by year-end; the index is down 4% since "
       "year-end.",
       ("year-end", {"value": "2024", "mod": "LATE"}),
       ("year-end", {"value": "2023", "mod": "LATE"}),
       source="Reuters"),
    # "over the weekend": the weekend just past; "ahead of the weekend": the coming one.
    ex("Officials confirmed over the weekend that the talks would resume.",
       ("weekend", {"value": "2024-06-08/2024-06-09"}),
       source="AP"),
    ex("Traders squared positions ahead of the weekend.",
       ("weekend", {"value": "2024-06-15/2024-06-16"}),
       published="2024-06-14", source="Reuters"),
    # Years in words (broadcast transcripts).
    ex("Charles Keating was convicted in nineteen ninety-one.",
       ("nineteen ninety-one", {"value": "1991"}),
       published="1998-01-15", source="NPR transcript"),
    ex("The bombing took place in January nineteen ninety-seven, and the approach of "
       "the year two thousand worried many.",
       ("January nineteen ninety-seven", {"value": "1997-01"}),
       ("year two thousand", {"value": "2000"}),
       published="1998-02-27", source="CNN transcript"),

    # ------------------------------------------------------------- bare weekdays
    ex("Kazakh Foreign Minister Murat Nurtleu said on Monday that the two countries "
       "would expand flights.",
       ("Monday", {"value": "2024-06-10"}),
       source="Reuters"),
    ex("Yoon and Tokayev will meet again on Friday in Samarkand, the presidential "
       "office said.",
       ("Friday", {"value": "2024-06-14"}),
       source="Yonhap"),
    ex("The trade delegation is scheduled to arrive in Almaty on Thursday.",
       ("Thursday", {"value": "2024-06-13"}),
       source="Yonhap"),
    ex("The two ministers met in Seoul on Thursday to discuss critical minerals.",
       ("Thursday", {"value": "2024-06-06"}),
       source="Reuters"),
    ex("Tokayev signed the decree on Friday, according to the Akorda.",
       ("Friday", {"value": "2024-06-07"}),
       source="Kazinform"),
    ex("Kazakhstan's Senate ratified the agreement on Saturday, and the president "
       "signed it into law on Sunday.",
       ("Saturday", {"value": "2024-06-08"}), ("Sunday", {"value": "2024-06-09"}),
       source="Kazinform"),
    ex("The Korean delegation will travel to Turkistan on Monday.",
       ("Monday", {"value": "2024-06-17"}),
       source="Kazinform"),
    ex("Negotiations are to resume in Astana on Tuesday.",
       ("Tuesday", {"value": "2024-06-18"}),
       source="Reuters"),
    ex("President Tokayev received the Korean delegation on Wednesday.",
       ("Wednesday", {"value": "2024-06-12"}),
       source="Kazinform"),
    ex("Monday's talks focused on energy and critical minerals.",
       ("Monday", {"value": "2024-06-10"}),
       source="AP"),
    ex("Tokayev, 71, told reporters on Tuesday that the pipeline would be built.",
       ("Tuesday", {"value": "2024-06-11"}),
       source="AP"),
    ex("The plane will land in Astana at 10 a.m. on Thursday.",
       ("Thursday", {"value": "2024-06-13"}),
       source="Kazinform"),
    ex("The memorandum was signed last Friday and the fund opens next Tuesday.",
       ("last Friday", {"value": "2024-06-07"}), ("next Tuesday", {"value": "2024-06-18"}),
       source="Astana Times"),
    ex("Kazakh and Korean fans are expected to fill the Astana Arena this weekend.",
       ("this weekend", {"value": "2024-06-15/2024-06-16"}),
       source="Astana Times"),

    # Weekday ranges: the second day is the first one after the first.
    ex("The Korean trade mission will tour Almaty from Monday to Wednesday.",
       ("Monday to Wednesday", {"value": "2024-06-17/2024-06-19"}),
       source="Kazinform"),
    ex("The Korea-Kazakhstan culture festival ran Friday-Sunday at the Expo site.",
       ("Friday-Sunday", {"value": "2024-06-07/2024-06-09"}),
       source="Astana Times"),
    # The nearest tense word decides ("which will build ..., announced Tuesday");
    # with none before the weekday, the clause after it ("On Monday, ... plans to").
    ex("The consortium, which will build the plant, announced Tuesday that it had "
       "secured financing.",
       ("Tuesday", {"value": "2024-06-11"}),
       source="Reuters"),
    ex("On Monday, the Korean delegation plans to tour the Kostanay assembly plant.",
       ("Monday", {"value": "2024-06-17"}),
       source="Kazinform"),
    # A present clause running "through/until" a weekday ends in the days ahead.
    ex("Foreign Minister Cho Tae-yul is on a three-day trip to Ulaanbaatar through Thursday.",
       ("Thursday", {"value": "2024-06-13"}),
       source="JoongAng-style: under way through Thursday"),
    ex("The president arrived in Tokyo on Monday for an official visit that runs through Friday.",
       ("Monday", {"value": "2024-06-10"}), ("Friday", {"value": "2024-06-14"}),
       source="Nikkei-style: a stay under way 'runs through' a day ahead, whatever the tense before"),
    ex("On Thursday, the Korean delegation is expected to be received by President Japarov.",
       ("Thursday", {"value": "2024-06-13"}),
       source="24.kg-style: 'is expected' after the date makes it future"),
    ex("On Monday, the delegation is in Bishkek.",
       ("Monday", {"value": "2024-06-10"}),
       source="a plain present after the date keeps the default"),
    ex("The delegation stayed in Ulaanbaatar through Thursday.",
       ("Thursday", {"value": "2024-06-06"}),
       source="past clause: the Thursday before"),
    # The present tense of an itinerary is its future.
    ex("The minister then heads to Bishkek on Thursday, where he will meet his Kyrgyz counterpart.",
       ("Thursday", {"value": "2024-06-13"}),
       source="KBS-style itinerary: present tense of a schedule"),
    ex("On Friday, the delegation leaves for Tashkent.",
       ("Friday", {"value": "2024-06-14"}),
       source="itinerary: the verb after the date"),
    ex("Kim travels to Almaty on Monday and flies home on Tuesday.",
       ("Monday", {"value": "2024-06-17"}), ("Tuesday", {"value": "2024-06-18"}),
       source="itinerary: two legs"),
    ex("On Tuesday morning, the two heads of state held talks at the Akorda.",
       ("Tuesday", {"value": "2024-06-11"}),
       source="Xinhua-style: 'heads of state' is no itinerary verb"),
    ex("Exports in January-July of this year rose, after a fall in June of last year.",
       ("January-July of this year", {"value": "2024-01/2024-07"}), ("June of last year", {"value": "2023-06"}),
       source="president.uz-style: 'of this year' after a month range"),
    # A weekday in brackets after its date belongs to it; "every Sunday" is no date.
    ex("The vice minister will be in Bishkek on June 13 (Thu.) and June 14 (Fri.).",
       ("June 13 (Thu.)", {"value": "2024-06-13"}), ("June 14 (Fri.)", {"value": "2024-06-14"}),
       source="MOFA-style press release: weekday in brackets"),
    ex("Consultations are set for June 19 (Wed.) in Astana.",
       ("June 19 (Wed.)", {"value": "2024-06-19"}),
       source="'Wed.' is split by spaCy's tokenizer as 'We' + 'd.'"),
    ex("The Koryo-saram choir rehearses every Sunday at the cultural centre.",
       source="a recurring weekday is no date"),
    ex("The minister headed to Bishkek on Monday.",
       ("Monday", {"value": "2024-06-10"}),
       source="the past tense of the same verb stays in the past"),
    # A month range without a year is placed by its end month.
    ex("Bilateral trade in January-October rose 8.7 percent from a year earlier.",
       ("January-October", {"value": "2025-01/2025-10"}),
       published="2025-12-02", source="Yonhap-style: year-to-date figures in a December story"),
    # "last" as a verb is no past cue: the modal before it decides.
    ex("He arrived in Seoul on Tuesday. The visit will last until Thursday.",
       ("Tuesday", {"value": "2024-06-11"}), ("Thursday", {"value": "2024-06-13"}),
       source="24.kg-style: will last until"),
    ex("The talks, expected to last until Friday, opened in Astana.",
       ("Friday", {"value": "2024-06-14"}),
       source="Reuters: to last until"),
    ex("The exhibition lasted until Sunday.",
       ("Sunday", {"value": "2024-06-09"}),
       source="Astana Times: lasted (past)"),
    ex("A final agreement could be signed as early as Friday, officials said.",
       ("Friday", {"value": "2024-06-14"}),
       source="Reuters: as early as"),
    ex("The Astana Times said in an editorial on Monday, June 10: the talks matter.",
       ("Monday, June 10", {"value": "2024-06-10"}),
       source="editorial line: a colon after the day is not a time"),
    ex("The ministry's statement of Friday, May 31: talks will continue in Seoul.",
       ("Friday, May 31", {"value": "2024-05-31"}),
       source="statement line: a colon after the day is not a time"),

    # ------------------------------------------------- no published date (X forms)
    ex("Bilateral trade reached $6.4 billion last year.",
       ("last year", {"value": "XXXX"}),
       published=None, source="Reuters, no published date"),
    ex("Kazakh Foreign Minister Murat Nurtleu said on Monday that the two countries "
       "would expand flights.",
       ("Monday", {"value": "XXXX-XX-XX"}),
       published=None, source="Reuters, no published date"),
    ex("The ministers met last month in Seoul and talked again yesterday by phone.",
       ("last month", {"value": "XXXX-XX"}), ("yesterday", {"value": "XXXX-XX-XX"}),
       published=None, source="Yonhap, no published date"),
    ex("Hyundai opened its Almaty plant two years ago.",
       ("two years ago", {"value": "XXXX"}),
       published=None, source="Reuters, no published date"),
    ex("The joint working group will meet in Seoul next week.",
       ("next week", {"value": "XXXX-WXX"}),
       published=None, source="Yonhap, no published date"),
    ex("President Park Geun-hye arrived in Astana on Thursday, June 19, 2014, for a "
       "three-day state visit. On Friday she held talks with Nazarbayev.",
       ("Thursday, June 19, 2014", {"value": "2014-06-19"}),
       ("Friday", {"value": "XXXX-XX-XX"}),
       published=None, source="Wikipedia, no published date"),

    # -------------------------------------------------------------- compact forms
    ex("1. Kim Chang Geun 김창근 1993.11\n2. Lee Young Min 이영민 1996.10",
       ("1993.11", {"value": "1993-11"}), ("1996.10", {"value": "1996-10"}),
       source="Wikipedia ambassador list"),
    ex("11. Cho Tae-ik 조태익 2023.05",
       ("2023.05", {"value": "2023-05"}),
       source="Wikipedia ambassador list"),
    ex("Posted 2024-06-11 09:15 | Updated 2024-06-12 10:02",
       ("2024-06-11", {"value": "2024-06-11"}), ("2024-06-12", {"value": "2024-06-12"}),
       source="news site byline"),
    ex("Applications must be submitted by 11/05/2024.",
       ("11/05/2024", {"value": "2024-11-05"}),
       source="press release"),
    ex("The tender closes on 05.11.2024, the akimat said.",
       ("05.11.2024", {"value": "2024-11-05"}),
       source="Kazinform"),
    ex("The contract was signed on 25/12/2023 in Seoul.",
       ("25/12/2023", {"value": "2023-12-25"}),
       source="press release"),

    # ================================================================= negatives
    ex("a two-day visit", source="negative: duration"),
    ex("Over the past 18 years, the gross inflow of foreign direct investment from "
       "Korea reached US$9.6 billion.",
       source="negative: duration"),
    ex("Koreans have lived in Kazakhstan for 87 years.",
       source="negative: duration"),
    ex("The agreement marks a decade of cooperation in nuclear safety.",
       source="negative: duration"),
    ex("Air Astana will operate two direct flights a week between Astana and Seoul.",
       source="negative: frequency"),
    ex("Weekly flights between Seoul and Almaty increased from 10 to 42.",
       source="negative: frequency and counts"),
    ex("Hyundai holds meetings with its Kazakh dealers every year.",
       source="negative: frequency"),
    ex("The oldest Korean-language newspaper outside of the Korean peninsula, Koryo "
       "Ilbo, celebrated its 100th anniversary with events both in Kazakhstan and in "
       "South Korea.",
       source="negative: ordinal anniversary"),
    ex("The two countries also had productive talks during the 13th Central "
       "Asia-South Korea Cooperation Forum in Seoul.",
       source="negative: ordinal"),
    ex("South Korean President Park Geun-hye expressed support for the Kazakhstan "
       "2050 Strategy.",
       source="negative: year inside a name"),
    ex("The Expo 2017 site now houses the Astana International Financial Centre.",
       source="negative: year inside a name"),
    ex("They discussed the consequences of the COVID-19 pandemic for trade.",
       source="negative: year inside a name"),
    ex("The partnership supports the goals of the Vision 2030 development plan.",
       source="negative: year inside a name"),
    ex("Kazakhstan voluntarily disposed of the 1410 warheads it inherited from the "
       "Soviet Union.",
       source="negative: count"),
    ex("In total, about 740 companies with Korean capital operate in Kazakhstan.",
       source="negative: count"),
    ex("Lotte paid 2,019 billion won for the stake, the company said.",
       source="negative: money"),
    ex("Exports to Korea rose 2.5% while imports fell 3.1%.",
       source="negative: percentages"),
    ex("The talks began at 10:30 a.m. local time and lasted two hours.",
       source="negative: time of day"),
    ex("Relations between the two countries are now at their highest level.",
       source="negative: now"),
    ex("The two sides are currently negotiating a free trade agreement.",
       source="negative: currently"),
    ex("At present, 55 joint projects are under way, and to date none has been "
       "cancelled.",
       source="negative: at present, to date"),
    ex("Trade has grown steadily in recent years, and Tokayev recently met Korean "
       "business leaders.",
       source="negative: recent years, recently"),
    ex("Over the past year, the number of Korean students in Almaty doubled.",
       source="negative: the past year"),
    ex("The embassy opened in Almaty, and the following year a consulate opened in "
       "Astana; the previous year had seen the first direct flight.",
       source="negative: story-anchored relative"),
    ex("1. Kim Chang Geun 김창근\n2. Lee Young Min 이영민\n3. Choi Seung Ho 최승호",
       source="negative: list numbering"),
    ex("May I ask the minister about the pipeline project?",
       source="negative: May as a verb"),
    ex("The deal may be signed soon, officials said.",
       source="negative: may as a verb"),
    ex("Thousands of Koryo-saram joined the march to Astana in memory of the "
       "deportees.",
       source="negative: march as a noun"),
    ex("The fall in oil prices hit Kazakhstan's budget hard.",
       source="negative: fall as a noun"),
    ex("Tokayev, 71, and Yoon, 63, discussed critical minerals over lunch.",
       source="negative: ages"),
    ex("The 71-year-old president thanked the Korean community.",
       source="negative: age"),
    ex("Embassy spokeswoman April Kim declined to comment.",
       source="negative: month word as a name"),
    ex("The consular hotline operates 24/7 for Korean tourists.",
       source="negative: 24/7"),
    ex("Kazakhstan beat South Korea 3-1 in the Asian qualifier.",
       source="negative: score"),
    ex("The 1,200-kilometre pipeline will carry gas from Beineu to Shymkent.",
       source="negative: measure"),
    ex("Iran's nuclear programme is governed by UN Security Council Resolution 2231.",
       source="negative: number in a name"),
    ex("Negotiations will continue in the coming months.",
       source="negative: vague future"),
    ex("It was the year Kazakhstan adopted its constitution, and the year before the "
       "tenge was introduced.",
       source="negative: 'the year' anchored to the story"),
    ex("Secretary Baker said on ABC's \"This Week\" that the sanctions would hold.",
       source="negative: programme title"),
    ex("Smartphones are the computers of today, and these students are the engineers "
       "of tomorrow.",
       source="negative: generic today/tomorrow"),
    ex("The profit was lower than in the year-earlier third quarter.",
       source="negative: quarter anchored to the story"),
    # ------------------------------------------------------------------
    # Found on the held-out batch: compact "end-YYYY", month ranges with a
    # relative year, and plans told in the past perfect
    # ------------------------------------------------------------------
    ex("The central bank expects inflation to slow to 7% by end-2026.",
       ("end-2026", {"value": "2026", "mod": "LATE"}), published="2025-10-01", source="Reuters: end-YYYY"),
    ex("Analysts see the base rate at 12% at start-2025.",
       ("start-2025", {"value": "2025", "mod": "EARLY"}), published="2024-11-20", source="Reuters: start-YYYY"),
    ex("Bilateral trade grew 11.2% in January–August this year.",
       ("January–August this year", {"value": "2025-01/2025-08"}), published="2025-09-10",
       source="Kazinform: month range + this year"),
    ex("Exports to Korea fell in January-June last year.",
       ("January-June last year", {"value": "2024-01/2024-06"}), published="2025-09-10",
       source="Astana Times: month range + last year"),
    ex("The minister had been scheduled to fly to Tokyo on August 9 but cancelled the trip.",
       ("August 9", {"value": "2024-08-09"}), published="2024-09-24",
       source="The Diplomat: a plan in the past perfect takes the nearest date"),
    ex("The delegation had planned to arrive in Seoul on March 3.",
       ("March 3", {"value": "2024-03-03"}), published="2024-06-12",
       source="past perfect plan"),
    ex("Jang had been scheduled to fly to Almaty on Thursday to sign a memorandum, but the trip was called off.",
       ("Thursday", {"value": "2024-06-13"}), published="2024-06-11",
       source="past perfect plan, nearest weekday (two days ahead, not five back)"),
    ex("The leaders will gather in the Tajik capital on the 10th.",
       ("10th", {"value": "2025-10-10"}), published="2025-10-08", source="TASS: day of the month alone"),
    ex("The guest was received at the residence on the 14th.",
       ("14th", {"value": "XXXX-XX-14"}), published=None, source="UzA: day of the month, no published date"),
    ex("It was the 13th forum and the 10th anniversary of the fund.", published="2025-10-08",
       source="negative: ordinals that are not days"),
    ex("The ministry plans to place the second tranche mid-month.",
       ("mid-month", {"value": "2025-09", "mod": "MID"}), published="2025-09-02", source="KazTAG: mid-month"),
    ex("Growth is expected to pick up by mid-year.",
       ("mid-year", {"value": "2025", "mod": "MID"}), published="2025-02-02", source="mid-year"),
]
