"""Visit examples: every visit record the extractor must find, with its fields.

The span of an expectation is the record's TRIGGER phrase (gold/README.md):
``visited``, ``paid a state visit``, ``traveled to``, ``arrived in``, ``made
five official visits``, ``toured``, ``hosted``, ``welcomed``, ``attended``,
``took part in``, ``held summit talks`` (a meeting in a foreign city), the
visit noun of ``'s visit to`` / ``during his visit to`` / ``on a 2014 visit to``
(with its type word when it has one: ``state visit``), and for future or
invited trips the verb after the modal or ``to``: ``will visit`` -> ``visit``,
``is expected to travel to`` -> ``travel to``, ``will pay a state visit`` ->
``pay a state visit``, ``invited X to make an official visit`` -> ``make an
official visit``; ``accepted the invitation`` only when no visit verb follows.

Records are listed in order of their trigger's position. Mentions of one trip
are merged into one record whose span is the trigger of the mention that gave
the record's date (the first such mention if several did, the first mention if
none did). Fields left out take the defaults of ``DEFAULT_FIELDS["visit"]``
(city, date and type null, status ``occurred``, count 1).

Resolved against ``REFERENCE_DATE`` (2024-06-12, a Wednesday) unless an example
gives ``published``. Real people are only given trips that are on the public
record; invented officials carry invented names.
"""

from ..example_table import ex

KZ = "Kazakhstan"
SK = "South Korea"
UZ = "Uzbekistan"

EXAMPLES = [
    # ------------------------------------------------------------------
    # Wikipedia-style reference text (no published date)
    # ------------------------------------------------------------------
    ex("In 2004, South Korean president Roh Moo Hyun visited Kazakhstan. His successor, "
       "Lee Myung-bak, visited Kazakhstan in 2009.",
       ("visited", {"visitor": "Roh Moo Hyun", "visitor_country": SK,
                    "destination_country": KZ, "value": "2004"}),
       ("visited", {"visitor": "Lee Myung-bak", "visitor_country": SK,
                    "destination_country": KZ, "value": "2009"}),
       published=None, source="Wikipedia: description resolved to the person"),
    ex("President Moon Jae-In visited Kazakhstan in 2019.",
       ("visited", {"visitor": "Moon Jae-In", "visitor_country": SK,
                    "destination_country": KZ, "value": "2019"}),
       published=None, source="Wikipedia"),
    ex("Kazakhstan President Kassym-Jomart Tokayev paid a state visit to S. Korea on 16-17 of "
       "August, 2021, and has become first foreign leader to visit South Korea amid pandemic.",
       ("paid a state visit", {"visitor": "Kassym-Jomart Tokayev", "visitor_country": KZ,
                               "destination_country": SK, "value": "2021-08-16/2021-08-17",
                               "visit_type": "state"}),
       published=None, source="Wikipedia: two mentions of one trip"),
    ex("South Korea President Yoon Suk Yeol paid a state visit to Kazakhstan on 11-13 of June, "
       "2024, upgrading strategic partnership between the 2 states.",
       ("paid a state visit", {"visitor": "Yoon Suk Yeol", "visitor_country": SK,
                               "destination_country": KZ, "value": "2024-06-11/2024-06-13",
                               "visit_type": "state"}),
       published=None, source="Wikipedia"),
    ex("President Park Geun-hye visited Kazakhstan in 2014 where she and President Nazarbayev "
       "agreed to strengthen economic and investment cooperation. In 2008, Kookmin Bank bought a "
       "stake in CenterCredit Bank. South Korean President Park Geun-hye expressed support for "
       "the Kazakhstan 2050 Strategy on a 2014 visit to Kazakhstan.",
       ("visited", {"visitor": "Park Geun-hye", "visitor_country": SK,
                    "destination_country": KZ, "value": "2014"}),
       published=None, source="Wikipedia: merge across sentences, same date -> first trigger"),
    ex("Kazakhstani president Nursultan Nazarbayev has made five official visits to South Korea, "
       "in 1995, 2003, 2010, 2012, 2016. The first state visit of the President of Kazakhstan, "
       "Nursultan Nazarbayev, to South Korea took place from 12 to 14 November 2003.",
       ("made five official visits", {"visitor": "Nursultan Nazarbayev", "visitor_country": KZ,
                                      "destination_country": SK, "value": "1995",
                                      "visit_type": "official"}),
       ("made five official visits", {"visitor": "Nursultan Nazarbayev", "visitor_country": KZ,
                                      "destination_country": SK, "value": "2010",
                                      "visit_type": "official"}),
       ("made five official visits", {"visitor": "Nursultan Nazarbayev", "visitor_country": KZ,
                                      "destination_country": SK, "value": "2012",
                                      "visit_type": "official"}),
       ("made five official visits", {"visitor": "Nursultan Nazarbayev", "visitor_country": KZ,
                                      "destination_country": SK, "value": "2016",
                                      "visit_type": "official"}),
       ("state visit", {"visitor": "Nursultan Nazarbayev", "visitor_country": KZ,
                        "destination_country": SK, "value": "2003-11-12/2003-11-14",
                        "visit_type": "state"}),
       published=None,
       source="Wikipedia: enumerated trips, the 2003 one merged with the dated state visit"),
    ex("Kazakhstan was visited by South Korean presidents Roh Moo-hyun in 2004 and "
       "Lee Myung-bak in 2009.",
       ("visited", {"visitor": "Roh Moo-hyun", "visitor_country": SK,
                    "destination_country": KZ, "value": "2004"}),
       ("visited", {"visitor": "Lee Myung-bak", "visitor_country": SK,
                    "destination_country": KZ, "value": "2009"}),
       published=None, source="Wikipedia: passive, one trigger two visitors"),
    ex("Lee Myung-bak visited Kazakhstan twice, in May 2009 and in August 2011.",
       ("visited", {"visitor": "Lee Myung-bak", "visitor_country": SK,
                    "destination_country": KZ, "value": "2009-05"}),
       ("visited", {"visitor": "Lee Myung-bak", "visitor_country": SK,
                    "destination_country": KZ, "value": "2011-08"}),
       published=None, source="Wikipedia: listed trips are separate records"),
    ex("In May 2009 Lee Myung-bak made a state visit to Uzbekistan and Kazakhstan, securing "
       "deals in energy and mining.",
       ("made a state visit", {"visitor": "Lee Myung-bak", "visitor_country": SK,
                               "destination_country": UZ, "value": "2009-05",
                               "visit_type": "state"}),
       ("made a state visit", {"visitor": "Lee Myung-bak", "visitor_country": SK,
                               "destination_country": KZ, "value": "2009-05",
                               "visit_type": "state"}),
       published=None, source="Wikipedia: one trigger, two destinations"),
    ex("Chinese President Xi Jinping first proposed the Silk Road Economic Belt during a state "
       "visit to Kazakhstan in September 2013.",
       ("state visit", {"visitor": "Xi Jinping", "visitor_country": "China",
                        "destination_country": KZ, "value": "2013-09",
                        "visit_type": "state"}),
       published=None, source="Wikipedia: 'during a state visit to'"),
    ex("Japanese Prime Minister Shinzo Abe visited Kazakhstan in October 2015, the last stop of "
       "a tour of all five Central Asian states.",
       ("visited", {"visitor": "Shinzo Abe", "visitor_country": "Japan",
                    "destination_country": KZ, "value": "2015-10"}),
       published=None, source="Wikipedia: unnamed other stops are not records"),
    ex("Uzbek President Shavkat Mirziyoyev's state visit to Kazakhstan on 22–23 March 2017 "
       "opened a new stage in relations between the two neighbours.",
       ("state visit", {"visitor": "Shavkat Mirziyoyev", "visitor_country": UZ,
                        "destination_country": KZ, "value": "2017-03-22/2017-03-23",
                        "visit_type": "state"}),
       published=None, source="Wikipedia: \"'s state visit to\", en-dash range"),
    ex("South Korean President Moon Jae-in toured Turkmenistan, Uzbekistan and Kazakhstan in "
       "April 2019.",
       ("toured", {"visitor": "Moon Jae-in", "visitor_country": SK,
                   "destination_country": "Turkmenistan", "value": "2019-04"}),
       ("toured", {"visitor": "Moon Jae-in", "visitor_country": SK,
                   "destination_country": UZ, "value": "2019-04"}),
       ("toured", {"visitor": "Moon Jae-in", "visitor_country": SK,
                   "destination_country": KZ, "value": "2019-04"}),
       published=None, source="Wikipedia: 'toured' with three countries"),
    ex("During his visit to Tashkent in April 2019, President Moon Jae-in and Uzbek President "
       "Shavkat Mirziyoyev agreed to upgrade ties to a special strategic partnership.",
       ("visit", {"visitor": "Moon Jae-in", "visitor_country": SK,
                  "destination_country": UZ, "destination_city": "Tashkent",
                  "value": "2019-04"}),
       published=None, source="Wikipedia: 'during his visit to', host at home"),
    ex("Tokayev visited China in September 2019, February 2022 and October 2023.",
       ("visited", {"visitor": "Tokayev", "visitor_country": KZ,
                    "destination_country": "China", "value": "2019-09"}),
       ("visited", {"visitor": "Tokayev", "visitor_country": KZ,
                    "destination_country": "China", "value": "2022-02"}),
       ("visited", {"visitor": "Tokayev", "visitor_country": KZ,
                    "destination_country": "China", "value": "2023-10"}),
       published=None, source="Wikipedia: enumerated months, surname only"),
    ex("Russian President Vladimir Putin paid a state visit to Kazakhstan on November 27-28, "
       "2024, holding talks with Tokayev in Astana.",
       ("paid a state visit", {"visitor": "Vladimir Putin", "visitor_country": "Russia",
                               "destination_country": KZ, "destination_city": "Astana",
                               "value": "2024-11-27/2024-11-28", "visit_type": "state"}),
       published=None, source="Wikipedia: city from the talks clause"),
    ex("South Korean President Roh Moo-hyun traveled to Kazakhstan in 2004. Roh's visit gave "
       "new momentum to cooperation in energy and natural resources.",
       ("traveled to", {"visitor": "Roh Moo-hyun", "visitor_country": SK,
                        "destination_country": KZ, "value": "2004"}),
       published=None, source="Wikipedia: later short reference merged"),
    ex("Chinese President Xi Jinping and Russian President Vladimir Putin attended the Shanghai "
       "Cooperation Organization summit in Samarkand, Uzbekistan, in September 2022.",
       ("attended", {"visitor": "Xi Jinping", "visitor_country": "China",
                     "destination_country": UZ, "destination_city": "Samarkand",
                     "value": "2022-09"}),
       ("attended", {"visitor": "Vladimir Putin", "visitor_country": "Russia",
                     "destination_country": UZ, "destination_city": "Samarkand",
                     "value": "2022-09"}),
       published=None, source="Wikipedia: summit in a foreign city"),
    ex("Park Geun-hye paid a state visit to Turkmenistan in June 2014, the final stop of her "
       "Central Asian tour.",
       ("paid a state visit", {"visitor": "Park Geun-hye", "visitor_country": SK,
                               "destination_country": "Turkmenistan", "value": "2014-06",
                               "visit_type": "state"}),
       published=None, source="Wikipedia"),

    # ------------------------------------------------------------------
    # News agencies (Yonhap, AP, Kazinform, Astana Times, AJP)
    # ------------------------------------------------------------------
    ex("ASTANA, June 11 (Yonhap) -- President Yoon Suk Yeol arrived in Astana on Tuesday for a "
       "three-day state visit to Kazakhstan, the second leg of his Central Asian tour.",
       ("arrived in", {"visitor": "Yoon Suk Yeol", "visitor_country": SK,
                       "destination_country": KZ, "destination_city": "Astana",
                       "value": "2024-06-11/2024-06-13", "visit_type": "state"}),
       published="2024-06-11", source="Yonhap: arrival day + duration"),
    ex("Kazakh President Kassym-Jomart Tokayev hosted South Korean President Yoon Suk Yeol in "
       "Astana on Wednesday for talks on critical minerals and energy.",
       ("hosted", {"visitor": "Yoon Suk Yeol", "visitor_country": SK,
                   "destination_country": KZ, "destination_city": "Astana",
                   "value": "2024-06-12"}),
       source="Yonhap: 'hosted', the guest is the visitor"),
    ex("ASTANA, June 12 (Yonhap) -- Yoon Suk Yeol and Kassym-Jomart Tokayev held summit talks in "
       "Astana on Wednesday and agreed to cooperate on critical minerals.",
       ("held summit talks", {"visitor": "Yoon Suk Yeol", "visitor_country": SK,
                              "destination_country": KZ, "destination_city": "Astana",
                              "value": "2024-06-12"}),
       source="Yonhap: meeting in a foreign city, only the foreign side visits"),
    ex("Yoon, who arrived in Astana on Tuesday, will travel to Uzbekistan on Thursday for the "
       "final leg of the tour.",
       ("arrived in", {"visitor": "Yoon", "visitor_country": SK,
                       "destination_country": KZ, "destination_city": "Astana",
                       "value": "2024-06-11"}),
       ("travel to", {"visitor": "Yoon", "visitor_country": SK,
                      "destination_country": UZ, "value": "2024-06-13",
                      "status": "planned"}),
       source="Yonhap: past and future weekdays"),
    ex("President Yoon Suk Yeol arrived in Ashgabat on June 10, 2024, on a state visit to "
       "Turkmenistan, the first leg of a three-nation Central Asian tour.",
       ("arrived in", {"visitor": "Yoon Suk Yeol", "visitor_country": SK,
                       "destination_country": "Turkmenistan", "destination_city": "Ashgabat",
                       "value": "2024-06-10", "visit_type": "state"}),
       source="Yonhap"),
    ex("SEOUL (AP) — Kazakhstan's President Kassym-Jomart Tokayev is in Seoul on a two-day visit "
       "that began on Monday, Aug. 16, the first by a foreign head of state since the pandemic "
       "began.",
       ("visit", {"visitor": "Kassym-Jomart Tokayev", "visitor_country": KZ,
                  "destination_country": SK, "destination_city": "Seoul",
                  "value": "2021-08-16/2021-08-17"}),
       published="2021-08-17", source="AP: start day + duration"),
    ex("Kazakh President Kassym-Jomart Tokayev arrived in Seoul on Monday. The Kazakh leader's "
       "visit is the first by a foreign head of state since the COVID-19 outbreak.",
       ("arrived in", {"visitor": "Kassym-Jomart Tokayev", "visitor_country": KZ,
                       "destination_country": SK, "destination_city": "Seoul",
                       "value": "2021-08-16"}),
       published="2021-08-16", source="Yonhap: 'the Kazakh leader' resolved, merged"),
    ex("President Moon Jae-in hosted Kazakh President Kassym-Jomart Tokayev at Cheong Wa Dae on "
       "Tuesday, the highlight of the first state visit to Korea since the pandemic.",
       ("hosted", {"visitor": "Kassym-Jomart Tokayev", "visitor_country": KZ,
                   "destination_country": SK, "value": "2021-08-17",
                   "visit_type": "state"}),
       published="2021-08-17", source="Yonhap: a building is not a city; 'Korea'"),
    ex("NUR-SULTAN, Kazakhstan (AP) — Chinese leader Xi Jinping arrived in Kazakhstan on "
       "Wednesday on his first trip outside China since the start of the COVID-19 pandemic.",
       ("arrived in", {"visitor": "Xi Jinping", "visitor_country": "China",
                       "destination_country": KZ, "value": "2022-09-14"}),
       published="2022-09-14", source="AP: a dateline is not the city"),
    ex("President Kassym-Jomart Tokayev took part in the SCO summit in Samarkand on 15-16 "
       "September 2022.",
       ("took part in", {"visitor": "Kassym-Jomart Tokayev", "visitor_country": KZ,
                         "destination_country": UZ, "destination_city": "Samarkand",
                         "value": "2022-09-15/2022-09-16"}),
       published="2022-09-16", source="Kazinform: summit in a foreign city"),
    ex("President Kassym-Jomart Tokayev welcomed his Kyrgyz counterpart Sadyr Japarov and Uzbek "
       "President Shavkat Mirziyoyev to Astana on Friday for the Consultative Meeting of the "
       "Heads of State of Central Asia.",
       ("welcomed", {"visitor": "Sadyr Japarov", "visitor_country": "Kyrgyzstan",
                     "destination_country": KZ, "destination_city": "Astana",
                     "value": "2024-08-09"}),
       ("welcomed", {"visitor": "Shavkat Mirziyoyev", "visitor_country": UZ,
                     "destination_country": KZ, "destination_city": "Astana",
                     "value": "2024-08-09"}),
       published="2024-08-09", source="Kazinform: 'welcomed' two guests"),
    ex("Uzbek President Shavkat Mirziyoyev is on a state visit to the Republic of Korea, "
       "Kazinform reports.",
       ("state visit", {"visitor": "Shavkat Mirziyoyev", "visitor_country": UZ,
                        "destination_country": SK, "visit_type": "state"}),
       published="2021-12-17",
       source="Kazinform: under way, no date in the text -> value null"),
    ex("At the invitation of President of the Republic of Korea Moon Jae-in, President of the "
       "Republic of Uzbekistan Shavkat Mirziyoyev paid a state visit to the ROK on December "
       "16-18, 2021.",
       ("paid a state visit", {"visitor": "Shavkat Mirziyoyev", "visitor_country": UZ,
                               "destination_country": SK,
                               "value": "2021-12-16/2021-12-18", "visit_type": "state"}),
       published=None, source="embassy press release: 'ROK'"),
    ex("Russian President Vladimir Putin visited Astana for talks with Tokayev. The visit, on "
       "October 13-14, 2022, coincided with the CICA summit.",
       ("visit", {"visitor": "Vladimir Putin", "visitor_country": "Russia",
                  "destination_country": KZ, "destination_city": "Astana",
                  "value": "2022-10-13/2022-10-14"}),
       published=None, source="Astana Times: date from the second mention -> its trigger"),
    ex("Tokayev travelled to Berlin in September 2023, where Chancellor Olaf Scholz hosted the "
       "first Central Asia–Germany summit.",
       ("travelled to", {"visitor": "Tokayev", "visitor_country": KZ,
                         "destination_country": "Germany", "destination_city": "Berlin",
                         "value": "2023-09"}),
       published=None, source="Astana Times: British spelling; a hosted summit names no guest"),
    ex("German Chancellor Olaf Scholz visited Samarkand and Astana in September 2024.",
       ("visited", {"visitor": "Olaf Scholz", "visitor_country": "Germany",
                    "destination_country": UZ, "destination_city": "Samarkand",
                    "value": "2024-09"}),
       ("visited", {"visitor": "Olaf Scholz", "visitor_country": "Germany",
                    "destination_country": KZ, "destination_city": "Astana",
                    "value": "2024-09"}),
       published=None, source="Astana Times: two cities -> two countries"),
    ex("In December 2022, Tokayev paid a state visit to Tashkent, where he and Mirziyoyev signed "
       "a treaty on allied relations.",
       ("paid a state visit", {"visitor": "Tokayev", "visitor_country": KZ,
                               "destination_country": UZ, "destination_city": "Tashkent",
                               "value": "2022-12", "visit_type": "state"}),
       published=None, source="Kazinform: city names the country"),
    ex("Tokayev paid an official visit to Turkey in May 2022, holding talks with President Recep "
       "Tayyip Erdogan in Ankara.",
       ("paid an official visit", {"visitor": "Tokayev", "visitor_country": KZ,
                                   "destination_country": "Turkey",
                                   "destination_city": "Ankara", "value": "2022-05",
                                   "visit_type": "official"}),
       published=None, source="Kazinform"),
    ex("Tokayev traveled to Tokyo in October 2019 for the enthronement ceremony of Emperor "
       "Naruhito.",
       ("traveled to", {"visitor": "Tokayev", "visitor_country": KZ,
                        "destination_country": "Japan", "destination_city": "Tokyo",
                        "value": "2019-10"}),
       published=None, source="Kazinform"),
    ex("President Kassym-Jomart Tokayev traveled to Beijing in February 2022 for the opening of "
       "the Winter Olympics.",
       ("traveled to", {"visitor": "Kassym-Jomart Tokayev", "visitor_country": KZ,
                        "destination_country": "China", "destination_city": "Beijing",
                        "value": "2022-02"}),
       published=None, source="Kazinform"),
    ex("Chinese President Xi Jinping and Kazakh President Kassym-Jomart Tokayev were among the "
       "foreign leaders who attended the Victory Day parade in Moscow on May 9.",
       ("attended", {"visitor": "Xi Jinping", "visitor_country": "China",
                     "destination_country": "Russia", "destination_city": "Moscow",
                     "value": "2025-05-09"}),
       ("attended", {"visitor": "Kassym-Jomart Tokayev", "visitor_country": KZ,
                     "destination_country": "Russia", "destination_city": "Moscow",
                     "value": "2025-05-09"}),
       published="2025-05-10", source="AP: event in a foreign city, two visitors"),
    ex("President Kassym-Jomart Tokayev arrived in Bishkek for talks with his Kyrgyz counterpart "
       "Sadyr Japarov, his press service said.",
       ("arrived in", {"visitor": "Kassym-Jomart Tokayev", "visitor_country": KZ,
                       "destination_country": "Kyrgyzstan", "destination_city": "Bishkek"}),
       source="Kazinform: no date for the trip"),
    ex("Tajik President Emomali Rahmon arrived in Astana yesterday to attend the SCO summit.",
       ("arrived in", {"visitor": "Emomali Rahmon", "visitor_country": "Tajikistan",
                       "destination_country": KZ, "destination_city": "Astana",
                       "value": "2024-07-03"}),
       published="2024-07-04", source="Kazinform: 'yesterday'"),
    ex("Xi Jinping paid a state visit to Kazakhstan on July 2-3, 2024, before attending the SCO "
       "summit in Astana.",
       ("paid a state visit", {"visitor": "Xi Jinping", "visitor_country": "China",
                               "destination_country": KZ, "destination_city": "Astana",
                               "value": "2024-07-02/2024-07-03", "visit_type": "state"}),
       published=None, source="Astana Times: visit and summit are one trip"),
    ex("Yoon Suk-yeol visited Samarkand in June 2024 during a state visit to Uzbekistan.",
       ("visited", {"visitor": "Yoon Suk-yeol", "visitor_country": SK,
                    "destination_country": UZ, "destination_city": "Samarkand",
                    "value": "2024-06", "visit_type": "state"}),
       published=None,
       source="Yonhap: hyphenated variant, two mentions of one trip"),
    ex("South Korean President Park Geun-hye visited Kazakhstan in June 2014. In Astana she held "
       "talks with President Nursultan Nazarbayev on energy and infrastructure.",
       ("visited", {"visitor": "Park Geun-hye", "visitor_country": SK,
                    "destination_country": KZ, "destination_city": "Astana",
                    "value": "2014-06"}),
       published=None, source="Yonhap: pronoun, city from a later sentence"),
    ex("Uzbek President Shavkat Mirziyoyev, who paid a state visit to Seoul last year, called "
       "South Korea a key partner.",
       ("paid a state visit", {"visitor": "Shavkat Mirziyoyev", "visitor_country": UZ,
                               "destination_country": SK, "destination_city": "Seoul",
                               "value": "2021", "visit_type": "state"}),
       published="2022-03-10", source="Yonhap: 'last year'"),
    ex("Tokayev, who visited Seoul three years ago, said relations had reached a new level.",
       ("visited", {"visitor": "Tokayev", "visitor_country": KZ,
                    "destination_country": SK, "destination_city": "Seoul",
                    "value": "2021"}),
       source="Kazinform: 'three years ago'"),
    ex("Officials said Yoon Suk Yeol's visit to Astana last month produced agreements on "
       "critical minerals.",
       ("visit", {"visitor": "Yoon Suk Yeol", "visitor_country": SK,
                  "destination_country": KZ, "destination_city": "Astana",
                  "value": "2024-06"}),
       published="2024-07-15", source="Astana Times: \"'s visit to\", 'last month'"),
    ex("Kazakh Deputy Foreign Minister Yerlan Abenov visited Seoul this week for political "
       "consultations.",
       ("visited", {"visitor": "Yerlan Abenov", "visitor_country": KZ,
                    "destination_country": SK, "destination_city": "Seoul",
                    "value": "2024-W24"}),
       source="Kazinform: 'this week' -> ISO week"),
    ex("Kazakh Vice Minister of Trade Aigerim Nurlanova is on a working visit to Seoul on June "
       "11-12.",
       ("working visit", {"visitor": "Aigerim Nurlanova", "visitor_country": KZ,
                          "destination_country": SK, "destination_city": "Seoul",
                          "value": "2024-06-11/2024-06-12", "visit_type": "working"}),
       source="Kazinform: 'is on a working visit to'"),
    ex("On 3-4 October 2023, a delegation led by South Korean Vice Minister of Foreign Affairs "
       "Kim Seong-min visited Astana for the 10th round of political consultations.",
       ("visited", {"visitor": "Kim Seong-min", "visitor_country": SK,
                    "destination_country": KZ, "destination_city": "Astana",
                    "value": "2023-10-03/2023-10-04"}),
       published=None, source="embassy press release: the delegation's named leader"),
    ex("National Assembly member Park Ji-young visited Almaty in May to open a Korean language "
       "centre.",
       ("visited", {"visitor": "Park Ji-young", "visitor_country": SK,
                    "destination_country": KZ, "destination_city": "Almaty",
                    "value": "2024-05"}),
       source="Astana Times: month without year takes the published year"),
    ex("Vice Foreign Minister Choi Min-seo left Seoul on Sunday for Central Asia. She arrived in "
       "Tashkent on Monday and will travel to Astana on Wednesday.",
       ("arrived in", {"visitor": "Choi Min-seo", "visitor_country": SK,
                       "destination_country": UZ, "destination_city": "Tashkent",
                       "value": "2024-06-10"}),
       ("travel to", {"visitor": "Choi Min-seo", "visitor_country": SK,
                      "destination_country": KZ, "destination_city": "Astana",
                      "value": "2024-06-12", "status": "planned"}),
       source="Yonhap: pronoun; a region is not a destination"),
    ex("Tokayev visited Korea in August 2021 and will visit again in 2026 for the Central "
       "Asia–Korea summit in Seoul.",
       ("visited", {"visitor": "Tokayev", "visitor_country": KZ,
                    "destination_country": SK, "value": "2021-08"}),
       ("visit", {"visitor": "Tokayev", "visitor_country": KZ,
                  "destination_country": SK, "destination_city": "Seoul",
                  "value": "2026", "status": "planned"}),
       published="2025-07-25", source="AJP: past and planned trips are not merged"),
    ex("South Korean President Yoon Suk Yeol visited Japan twice in 2023.",
       ("visited", {"visitor": "Yoon Suk Yeol", "visitor_country": SK,
                    "destination_country": "Japan", "value": "2023", "count": 2}),
       published=None, source="Yonhap: unlisted trips -> count"),
    ex("Kazakhstan's first president, Nursultan Nazarbayev, visited South Korea five times "
       "between 1995 and 2016.",
       ("visited", {"visitor": "Nursultan Nazarbayev", "visitor_country": KZ,
                    "destination_country": SK, "value": "1995/2016", "count": 5}),
       published="2025-07-25", source="AJP: count with a range"),
    ex("High-level visits have continued to support the relationship. Tokayev visited South "
       "Korea in August 2021, while former President Yoon Suk Yeol traveled to Astana in June "
       "2024.",
       ("visited", {"visitor": "Tokayev", "visitor_country": KZ,
                    "destination_country": SK, "value": "2021-08"}),
       ("traveled to", {"visitor": "Yoon Suk Yeol", "visitor_country": SK,
                        "destination_country": KZ, "destination_city": "Astana",
                        "value": "2024-06"}),
       published="2025-07-25", source="AJP: unnamed 'high-level visits' are not records"),
    ex("NUR-SULTAN, April 21 (Yonhap) -- President Moon Jae-in arrived in Nur-Sultan on Sunday "
       "for a state visit to Kazakhstan, the last leg of his three-nation Central Asian tour.",
       ("arrived in", {"visitor": "Moon Jae-in", "visitor_country": SK,
                       "destination_country": KZ, "destination_city": "Nur-Sultan",
                       "value": "2019-04-21", "visit_type": "state"}),
       published="2019-04-21", source="Yonhap: old capital name kept as written"),
    ex("Uzbek President Shavkat Mirziyoyev visited Seoul for summit talks with Moon Jae-in. The "
       "state visit, which lasted from December 16 to 18, 2021, produced a package of economic "
       "agreements.",
       ("state visit", {"visitor": "Shavkat Mirziyoyev", "visitor_country": UZ,
                        "destination_country": SK, "destination_city": "Seoul",
                        "value": "2021-12-16/2021-12-18", "visit_type": "state"}),
       published=None, source="Yonhap: later mention gives date and type"),

    # ------------------------------------------------------------------
    # Planned trips only (invited, accepted, scheduled, expected, announced)
    # ------------------------------------------------------------------
    ex("Japanese Prime Minister Fumio Kishida is scheduled to visit Kazakhstan in August for the "
       "first Central Asia plus Japan summit in Astana.",
       ("visit", {"visitor": "Fumio Kishida", "visitor_country": "Japan",
                  "destination_country": KZ, "destination_city": "Astana",
                  "value": "2024-08", "status": "planned"}),
       published="2024-08-02", source="planned: 'is scheduled to visit'"),
    ex("Kyrgyz President Sadyr Japarov is expected to travel to Astana next week for the SCO "
       "summit.",
       ("travel to", {"visitor": "Sadyr Japarov", "visitor_country": "Kyrgyzstan",
                      "destination_country": KZ, "destination_city": "Astana",
                      "value": "2024-W27", "status": "planned"}),
       published="2024-06-27", source="planned: 'is expected to travel to', 'next week'"),
    ex("Yoon invited Tokayev to visit South Korea next year to attend the first Korea–Central "
       "Asia summit. Tokayev accepted the invitation with gratitude, the Akorda said.",
       ("visit", {"visitor": "Tokayev", "visitor_country": KZ,
                  "destination_country": SK, "value": "2025", "status": "planned"}),
       source="planned: invitation and acceptance are one record"),
    ex("Moon Jae-in invited Kassym-Jomart Tokayev to make a state visit to the Republic of Korea.",
       ("make a state visit", {"visitor": "Kassym-Jomart Tokayev", "visitor_country": KZ,
                               "destination_country": SK, "visit_type": "state",
                               "status": "planned"}),
       published=None, source="planned: 'invited X to make a state visit'"),
    ex("South Korean Vice Foreign Minister Kim Seong-min accepted the invitation of his Kazakh "
       "counterpart to hold the next round of consultations in Astana.",
       ("accepted the invitation", {"visitor": "Kim Seong-min", "visitor_country": SK,
                                    "destination_country": KZ, "destination_city": "Astana",
                                    "status": "planned"}),
       source="planned: 'accepted the invitation' without a visit verb"),
    ex("Chinese President Xi Jinping will travel to Astana on July 2 for a state visit to "
       "Kazakhstan and the SCO summit, the Chinese foreign ministry announced.",
       ("travel to", {"visitor": "Xi Jinping", "visitor_country": "China",
                      "destination_country": KZ, "destination_city": "Astana",
                      "value": "2024-07-02", "visit_type": "state", "status": "planned"}),
       published="2024-06-28", source="planned: announced trip, one record for its mentions"),
    ex("President Yoon Suk Yeol will make state visits to Turkmenistan, Kazakhstan and "
       "Uzbekistan next week, his office announced.",
       ("make state visits", {"visitor": "Yoon Suk Yeol", "visitor_country": SK,
                              "destination_country": "Turkmenistan", "value": "2024-W24",
                              "visit_type": "state", "status": "planned"}),
       ("make state visits", {"visitor": "Yoon Suk Yeol", "visitor_country": SK,
                              "destination_country": KZ, "value": "2024-W24",
                              "visit_type": "state", "status": "planned"}),
       ("make state visits", {"visitor": "Yoon Suk Yeol", "visitor_country": SK,
                              "destination_country": UZ, "value": "2024-W24",
                              "visit_type": "state", "status": "planned"}),
       published="2024-06-05", source="planned: one announcement, three countries"),
    ex("Lee Jun-ho, South Korea's first vice minister of trade, is scheduled to visit Almaty on "
       "Friday to co-chair the business council.",
       ("visit", {"visitor": "Lee Jun-ho", "visitor_country": SK,
                  "destination_country": KZ, "destination_city": "Almaty",
                  "value": "2024-06-14", "status": "planned"}),
       source="planned: future weekday resolves forward"),
    ex("Kazakh Deputy Foreign Minister Yerlan Abenov plans to visit Busan in September for the "
       "Korea–Central Asia Cooperation Forum.",
       ("visit", {"visitor": "Yerlan Abenov", "visitor_country": KZ,
                  "destination_country": SK, "destination_city": "Busan",
                  "value": "2024-09", "status": "planned"}),
       source="planned: 'plans to visit'"),

    # ------------------------------------------------------------------
    # Negatives: nothing here is a visit
    # ------------------------------------------------------------------
    ex("SEOUL, July 25 (AJP) - South Korean President Lee Jae-myung and Kazakh President "
       "Kassym-Jomart Tokayev spoke by phone on Wednesday.",
       published="2025-07-25", source="negative: phone call"),
    ex("Foreign Minister Kang Kyung-wha spoke by phone with her Kazakh counterpart Mukhtar "
       "Tileuberdi.",
       published=None, source="negative: phone call"),
    ex("Kazakh Deputy Foreign Minister Yerlan Abenov addressed the Central Asia–Korea forum in "
       "Seoul by video link on Tuesday.",
       source="negative: video link to a foreign city"),
    ex("In 2023, the number of South Korean visitors to Kazakhstan rose by 125 percent.",
       published="2025-07-25", source="negative: tourism statistics"),
    ex("The number of Koreans visiting Kazakhstan more than doubled in 2023.",
       published=None, source="negative: tourism flow"),
    ex("Korean visitors to Almaty rose 20% in the first quarter, the city's tourism department "
       "said.",
       source="negative: tourism flow"),
    ex("Low-level officials, including ministers and mayors, make regular visits between the two "
       "countries.",
       published=None, source="negative: unnamed visitors"),
    ex("The theatre has been visited by prominent South Korean politicians, and in 2023 it "
       "served as a venue for a joint play.",
       published=None, source="negative: unnamed visitors to a building"),
    ex("A delegation of South Korean lawmakers visited Astana last week to discuss "
       "parliamentary cooperation.",
       source="negative: unnamed delegation"),
    ex("A Samsung C&T delegation visited the Balkhash power plant site in 2009.",
       published=None, source="negative: company delegation"),
    ex("In 1937 Soviet authorities deported about 172,000 Koreans from the Far East to "
       "Kazakhstan and Uzbekistan.",
       published=None, source="negative: deportation"),
    ex("Hong Beom-do, Korean independence activist, was also forced and moved to Kazakhstan, "
       "where he spent rest of his life.",
       published=None, source="negative: named deportee"),
    ex("In August 2021 the remains of Hong Beom-do were flown from Kazakhstan to Seoul aboard a "
       "presidential plane.",
       published=None, source="negative: repatriation of remains"),
    ex("Hong Beom-do died in Kyzylorda in 1943.",
       published=None, source="negative: residence, no trip"),
    ex("Aliya Serikova, 29, moved to Incheon in 2019 to work at a shipyard.",
       source="negative: migration of a named person"),
    ex("Kazakh citizens can visit South Korea without a visa for up to 30 days.",
       source="negative: visa regime, nobody named"),
    ex("SEOUL, Jan. 15 (Yonhap) -- Kazakh Deputy Foreign Minister Yerlan Abenov said in a "
       "statement posted on the ministry's website on Monday that Astana looks forward to deeper "
       "cooperation with Seoul.",
       published="2024-01-15", source="negative: dateline city only"),
    ex("ASTANA, June 12 (Yonhap) -- South Korean companies signed 12 agreements with Kazakh "
       "partners on Wednesday, the trade ministry said.",
       source="negative: dateline, no person"),
    ex("President Kassym-Jomart Tokayev received South Korean Ambassador Cho Tae-ik at the "
       "Akorda.",
       source="negative: resident ambassador received at home"),
    ex("Kim Dae Sik served as South Korea's ambassador to Kazakhstan from 2017 to 2020.",
       published=None, source="negative: diplomatic posting"),
    ex("Prime Minister Olzhas Bektenov met a delegation of Korean investors in Astana.",
       source="negative: meeting at home"),
    ex("Tokayev held talks with Korean business leaders in Astana.",
       source="negative: talks at home, foreign side unnamed"),
    ex("In April, Tokayev visited flood-hit regions in the north and west of the country.",
       source="negative: domestic trip"),
    ex("President Yoon Suk Yeol visited Busan to promote the city's bid for the 2030 World Expo.",
       published=None, source="negative: domestic trip"),
    ex("Tokayev traveled to Almaty for a meeting with local business leaders.",
       source="negative: domestic trip"),
    ex("Yoon returned to Seoul on Saturday after a three-nation tour of Central Asia.",
       published="2024-06-15", source="negative: return home; tour countries unnamed"),
    ex("South Korean Vice Foreign Minister Kim Seong-min declined an invitation to visit Astana, "
       "citing scheduling conflicts.",
       source="negative: declined invitation"),
    ex("Japanese Prime Minister Fumio Kishida has cancelled his planned visit to Kazakhstan and "
       "Uzbekistan after the weather agency issued its first-ever megaquake advisory.",
       published="2024-08-09", source="negative: cancelled trip"),
    ex("A ministry spokesperson said Vice Minister Lee Jun-ho had no plans to travel to Astana "
       "this year.",
       source="negative: trip denied"),
    ex("Seoul will invite the leaders of the five Central Asian states to the first "
       "Korea–Central Asia summit in 2025.",
       source="negative: unnamed invitees"),
    ex("Kazakhstan hosted the SCO summit in Astana in July 2024.",
       published=None, source="negative: 'hosted' an event, no named guest"),
    ex("Tokayev hosted a reception for the diplomatic corps in Astana.",
       source="negative: 'hosted' at home"),
    ex("The Korean Cultural Centre in Astana welcomed 3,000 visitors last year.",
       source="negative: 'welcomed' unnamed visitors"),
    ex("Tokayev and Japarov met on the sidelines of the CIS summit.",
       published=None, source="negative: meeting place not stated"),
    ex("Kazakhstan has an embassy in Seoul. South Korea has an embassy in Astana.",
       published=None, source="negative: embassies"),
    ex("Seoul launched the Visit Korea Year campaign at a travel fair in Almaty.",
       source="negative: 'Visit' in a campaign name"),
    # ------------------------------------------------------------------
    # Phenomena found on the held-out batch (each with sentences of its own)
    # ------------------------------------------------------------------
    ex("Uzbekistan's deputy energy minister, Bakhrom Aliyev, is in Seoul this week for talks with "
       "Korean power companies, the ministry said.",
       ("is in", {"visitor": "Bakhrom Aliyev", "visitor_country": UZ, "destination_country": SK,
                  "destination_city": "Seoul", "value": "2024-W24"}),
       source="presence: 'is in <city> this week'"),
    ex("Kazakh Deputy Foreign Minister Yerlan Abenov left for Tokyo on Monday for consultations.",
       ("left for", {"visitor": "Yerlan Abenov", "visitor_country": KZ, "destination_country": "Japan",
                     "destination_city": "Tokyo", "value": "2024-06-10"}),
       source="'left for'"),
    ex("Trade Minister Arman Shakkaliyev, who wrapped up a three-day visit to South Korea on Wednesday, "
       "said both sides would double cargo flights.",
       ("wrapped up a three-day visit", {"visitor": "Arman Shakkaliyev", "visitor_country": None,
                                         "destination_country": SK,
                                         "value": "2024-06-10/2024-06-12"}),
       source="a trip dated by its last day"),
    ex("Yoon will hold talks with Uzbek President Shavkat Mirziyoyev in Samarkand on Friday before "
       "flying to Seoul.",
       ("hold talks", {"visitor": "Yoon", "visitor_country": SK, "destination_country": UZ,
                       "destination_city": "Samarkand", "value": "2024-06-14", "status": "planned"}),
       source="the partner of 'talks with X' is not the traveller"),
    ex("| 2019 || Moon Jae-in || Nur-Sultan || State visit || Fresh Wind programme launched",
       ("State visit", {"visitor": "Moon Jae-in", "visitor_country": SK, "destination_country": KZ,
                        "destination_city": "Nur-Sultan", "value": "2019", "visit_type": "state"}),
       published=None, source="Wikipedia table row"),
    ex("In September, Japanese Prime Minister Shigeru Ishiba combined an official visit to Mongolia with "
       "talks on rare earths.",
       ("official visit", {"visitor": "Shigeru Ishiba", "visitor_country": "Japan",
                           "destination_country": "Mongolia", "value": "2024-09",
                           "visit_type": "official"}),
       published="2024-12-01", source="sentence-initial date, indefinite visit noun"),
    ex("During a call on Friday, Tokayev accepted Lee's invitation to visit South Korea.",
       ("visit", {"visitor": "Tokayev", "visitor_country": KZ, "destination_country": SK,
                  "status": "planned"}),
       published="2025-07-25", source="'accepted X's invitation to visit'"),
    ex("Vice Minister Jeong Hae-won met Kazakh officials on Monday. Jeong will travel to Almaty next "
       "month to open a trade office.",
       ("travel to", {"visitor": "Jeong Hae-won", "visitor_country": SK, "destination_country": KZ,
                      "destination_city": "Almaty", "value": "2024-07", "status": "planned"}),
       source="Korean family name as a later short reference"),
    ex("President Kassym-Jomart Tokayev held talks with Turkish President Recep Tayyip Erdogan, who is "
       "paying an official visit to Kazakhstan, at the Akorda today.",
       ("paying an official visit", {"visitor": "Recep Tayyip Erdogan", "visitor_country": "Turkey",
                                     "destination_country": KZ, "value": "2024-06-12",
                                     "visit_type": "official"}),
       source="relative clause about the partner of 'talks with'"),
    ex("Yoon will meet business leaders in Seoul on Monday before flying to Uzbekistan, where he is "
       "scheduled to open a trade fair in Tashkent on Thursday.",
       ("flying to", {"visitor": "Yoon", "visitor_country": SK, "destination_country": UZ,
                      "destination_city": "Tashkent", "value": "2024-06-13", "status": "planned"}),
       source="a 'where' clause dates the trip; a date before 'before' does not"),
    ex("Kazakh President Kassym-Jomart Tokayev hosted the leaders of Turkey and Azerbaijan in Astana on "
       "Friday for the summit of the Organization of Turkic States.",
       ("hosted", {"visitor": "Recep Tayyip Erdoğan", "visitor_country": "Turkey", "destination_country": KZ,
                   "destination_city": "Astana", "value": "2023-11-03"}),
       ("hosted", {"visitor": "Ilham Aliyev", "visitor_country": "Azerbaijan", "destination_country": KZ,
                   "destination_city": "Astana", "value": "2023-11-03"}),
       published="2023-11-04", source="'the leaders of X and Y' resolved with the leaders list"),
    ex("The presidents of Kazakhstan and Uzbekistan arrived in Bishkek on Thursday for the summit.",
       ("arrived in", {"visitor": "Kassym-Jomart Tokayev", "visitor_country": KZ,
                       "destination_country": "Kyrgyzstan", "destination_city": "Bishkek", "value": "2024-11-07"}),
       ("arrived in", {"visitor": "Shavkat Mirziyoyev", "visitor_country": UZ,
                       "destination_country": "Kyrgyzstan", "destination_city": "Bishkek", "value": "2024-11-07"}),
       published="2024-11-08", source="'the presidents of X and Y' as subject"),
    ex("Tokayev hosted the leaders of Turkey and Azerbaijan in Astana.", published=None,
       source="no published date: who led a country cannot be known"),
    ex("The minister recalled the state visit of the President of Korea to Uzbekistan in June 2024.",
       published=None, source="unnamed visitor after 'visit of'"),

    # ------------------------------------------------------------------
    # Phenomena found on held-out batch E (each with sentences of its own)
    # ------------------------------------------------------------------
    ex("Korean leaders have also visited Uzbekistan regularly: Roh Moo-hyun in 2006, Lee Myung-bak "
       "in 2009 and 2011, and Park Geun-hye in 2014.",
       ("visited", {"visitor": "Roh Moo-hyun", "visitor_country": SK, "destination_country": UZ,
                    "value": "2006"}),
       ("visited", {"visitor": "Lee Myung-bak", "visitor_country": SK, "destination_country": UZ,
                    "value": "2009"}),
       ("visited", {"visitor": "Lee Myung-bak", "visitor_country": SK, "destination_country": UZ,
                    "value": "2011"}),
       ("visited", {"visitor": "Park Geun-hye", "visitor_country": SK, "destination_country": UZ,
                    "value": "2014"}),
       published=None, source="visitors listed after the destination, each with its years"),
    ex("Roh Moo-hyun visited Astana in September 2004 and Lee Myung-bak in May 2009.",
       ("visited", {"visitor": "Roh Moo-hyun", "visitor_country": SK, "destination_country": KZ,
                    "destination_city": "Astana", "value": "2004-09"}),
       ("visited", {"visitor": "Lee Myung-bak", "visitor_country": SK, "destination_country": KZ,
                    "destination_city": "Astana", "value": "2009-05"}),
       published=None, source="gapping: the second visitor shares the verb"),
    ex("Roh Moo-hyun visited Astana in September 2004 and met Lee Myung-bak in May 2009.",
       ("visited", {"visitor": "Roh Moo-hyun", "visitor_country": SK, "destination_country": KZ,
                    "destination_city": "Astana", "value": "2004-09"}),
       published=None, source="a verb after 'and' ends the list: no trip for the object of 'met'"),
    ex("First President Nursultan Nazarbayev travelled to Korea in 2012. In March 2012 he came to Seoul "
       "for the Nuclear Security Summit.",
       ("came to", {"visitor": "Nursultan Nazarbayev", "visitor_country": KZ, "destination_country": SK,
                    "destination_city": "Seoul", "value": "2012-03"}),
       published=None, source="'came to <place>'; the two mentions are one trip (most specific date)"),
    ex("Tokayev came to power in 2019 and came to an agreement with Seoul on flights in 2021.",
       published=None, source="negative: 'came to' without a place right after it"),
    ex("Kazakh Deputy Trade Minister Aibek Nurlanov flew in from Tashkent, where he spent Monday and "
       "Tuesday at the trade fair, and then spent two days in Seoul.",
       ("spent", {"visitor": "Aibek Nurlanov", "visitor_country": KZ, "destination_country": SK,
                  "destination_city": "Seoul"}),
       source="'spent <time> in <place>'; 'spent ... at the trade fair' names no place"),
    ex("Samsung C&T spent $5 billion in Kazakhstan, while Kazakh Energy Minister Almasadam Satkaliyev "
       "spent his childhood in Almaty.",
       source="negative: money and a childhood spent somewhere are no trips"),
    ex("Kazakh Foreign Minister Murat Nurtleu last visited South Korea in August 2023. He is expected to "
       "travel to Seoul for the summit.",
       ("visited", {"visitor": "Murat Nurtleu", "visitor_country": KZ, "destination_country": SK,
                    "value": "2023-08"}),
       ("travel to", {"visitor": "Murat Nurtleu", "visitor_country": KZ, "destination_country": SK,
                      "destination_city": "Seoul", "status": "planned"}),
       published="2024-06-12", source="a plan is not the trip that ended months before the story"),
    ex("Uzbek President Shavkat Mirziyoyev held talks with President of the Republic of Korea "
       "Yoon Suk Yeol, who is on a state visit to Uzbekistan. The distinguished guest arrived in "
       "Tashkent on Thursday evening after a state visit to Kazakhstan.",
       ("arrived in", {"visitor": "Yoon Suk Yeol", "visitor_country": SK, "destination_country": UZ,
                       "destination_city": "Tashkent", "value": "2024-06-13", "visit_type": "state"}),
       ("state visit", {"visitor": "Yoon Suk Yeol", "visitor_country": SK, "destination_country": KZ,
                        "visit_type": "state"}),
       published="2024-06-14",
       source="'the distinguished guest'; 'Thursday ... after a state visit to Kazakhstan' dates the arrival"),
    ex("Presidents Shavkat Mirziyoyev of Uzbekistan and Sadyr Japarov of Kyrgyzstan arrived in the "
       "Kazakh capital earlier today.",
       ("arrived in", {"visitor": "Shavkat Mirziyoyev", "visitor_country": UZ, "destination_country": KZ,
                       "destination_city": "Astana", "value": "2023-11-03"}),
       ("arrived in", {"visitor": "Sadyr Japarov", "visitor_country": "Kyrgyzstan", "destination_country": KZ,
                       "destination_city": "Astana", "value": "2023-11-03"}),
       published="2023-11-03", source="coordinated subjects with 'of <country>' after each name"),
    ex("President Yoon Suk Yeol visited Turkmenistan, Kazakhstan and Uzbekistan in June 2024. His "
       "predecessor, Moon Jae-in, toured the same three countries in April 2019.",
       ("visited", {"visitor": "Yoon Suk Yeol", "visitor_country": SK, "destination_country": "Turkmenistan",
                    "value": "2024-06"}),
       ("visited", {"visitor": "Yoon Suk Yeol", "visitor_country": SK, "destination_country": KZ,
                    "value": "2024-06"}),
       ("visited", {"visitor": "Yoon Suk Yeol", "visitor_country": SK, "destination_country": UZ,
                    "value": "2024-06"}),
       ("toured", {"visitor": "Moon Jae-in", "visitor_country": SK, "destination_country": "Turkmenistan",
                   "value": "2019-04"}),
       ("toured", {"visitor": "Moon Jae-in", "visitor_country": SK, "destination_country": KZ,
                   "value": "2019-04"}),
       ("toured", {"visitor": "Moon Jae-in", "visitor_country": SK, "destination_country": UZ,
                   "value": "2019-04"}),
       published="2024-06-20", source="'the same three countries': the last three destinations"),
    ex("Moon Jae-in began a Central Asian tour in April 2019, and Yoon Suk Yeol held talks with President "
       "Kassym-Jomart Tokayev in Astana in June 2024.",
       ("held talks", {"visitor": "Yoon Suk Yeol", "visitor_country": SK, "destination_country": KZ,
                       "destination_city": "Astana", "value": "2024-06"}),
       published="2025-01-28",
       source="', and <person> <trigger>' starts a clause: Astana is not the tour's, nor Moon's talks"),
    ex("Moon Jae-in came to Nur-Sultan in April 2019 as part of a Central Asian tour, and Yoon Suk Yeol "
       "held talks with President Kassym-Jomart Tokayev in Astana in June 2024.",
       ("came to", {"visitor": "Moon Jae-in", "visitor_country": SK, "destination_country": KZ,
                    "destination_city": "Nur-Sultan", "value": "2019-04"}),
       ("held talks", {"visitor": "Yoon Suk Yeol", "visitor_country": SK, "destination_country": KZ,
                       "destination_city": "Astana", "value": "2024-06"}),
       published="2025-01-28", source="'held talks': its subject, not every person earlier in the sentence"),
    ex("In August 2011, Lee Myung-bak returned to Kazakhstan, arriving in Astana after visits to Mongolia "
       "and Uzbekistan.",
       ("returned to", {"visitor": "Lee Myung-bak", "visitor_country": SK, "destination_country": KZ,
                        "destination_city": "Astana", "value": "2011-08"}),
       ("visits", {"visitor": "Lee Myung-bak", "visitor_country": SK, "destination_country": "Mongolia",
                   "value": "2011-08"}),
       ("visits", {"visitor": "Lee Myung-bak", "visitor_country": SK, "destination_country": UZ,
                   "value": "2011-08"}),
       published=None, source="'after visits to': a noun, dated by the sentence-initial date"),
    ex("Yoon Suk Yeol arrived in Tashkent on Thursday evening. The visit to Uzbekistan will last until "
       "June 15.",
       ("arrived in", {"visitor": "Yoon Suk Yeol", "visitor_country": SK, "destination_country": UZ,
                       "destination_city": "Tashkent", "value": "2024-06-13/2024-06-15"}),
       published="2024-06-14", source="'The visit to <country>' with no visitor adds to the trip there"),
    ex("Turkic leaders gather in Astana\n\nASTANA, Nov. 3 – Kazakh President Kassym-Jomart Tokayev hosted "
       "Turkish President Recep Tayyip Erdogan on Friday at the summit. Erdogan last visited Kazakhstan "
       "in October 2022.",
       ("hosted", {"visitor": "Recep Tayyip Erdogan", "visitor_country": "Turkey", "destination_country": KZ,
                   "destination_city": "Astana", "value": "2023-11-03"}),
       ("visited", {"visitor": "Recep Tayyip Erdogan", "visitor_country": "Turkey", "destination_country": KZ,
                    "value": "2022-10"}),
       published="2023-11-03",
       source="the headline's city is where the story's own trip took place, not an older one's"),
    ex("ASTANA, Nov. 3 – Kazakh President Kassym-Jomart Tokayev hosted Turkish President Recep Tayyip "
       "Erdogan on Friday at the summit. Erdogan last visited Kazakhstan in October 2022.",
       ("hosted", {"visitor": "Recep Tayyip Erdogan", "visitor_country": "Turkey", "destination_country": KZ,
                   "value": "2023-11-03"}),
       ("visited", {"visitor": "Recep Tayyip Erdogan", "visitor_country": "Turkey", "destination_country": KZ,
                    "value": "2022-10"}),
       published="2023-11-03", source="a dateline is no headline: no city"),
    ex("Kazakh President Kassym-Jomart Tokayev received Korean Foreign Minister Cho Hyun in Astana on Monday. "
       "Cho Hyun conveyed to the Kazakh leader the greetings of President Lee Jae-myung and handed over an "
       "invitation to pay a state visit to the Republic of Korea in 2026.",
       ("received", {"visitor": "Cho Hyun", "visitor_country": SK, "destination_country": KZ,
                     "destination_city": "Astana", "value": "2025-09-01"}),
       ("pay a state visit", {"visitor": "Kassym-Jomart Tokayev", "visitor_country": KZ, "destination_country": SK,
                              "value": "2026", "visit_type": "state", "status": "planned"}),
       published="2025-09-02", source="an invitation handed over: the addressee visits, not the messenger"),
    ex("Kazakh President Kassym-Jomart Tokayev received an invitation from President Yoon Suk Yeol to visit "
       "Seoul next year.",
       ("visit", {"visitor": "Kassym-Jomart Tokayev", "visitor_country": KZ, "destination_country": SK,
                  "destination_city": "Seoul", "value": "2025", "status": "planned"}),
       source="'an invitation from X to visit': X is the host"),
    ex("Korean President Yoon Suk Yeol extended an invitation to Kazakh President Kassym-Jomart Tokayev to "
       "visit Korea.",
       ("visit", {"visitor": "Kassym-Jomart Tokayev", "visitor_country": KZ, "destination_country": SK,
                  "status": "planned"}),
       source="'an invitation to <person> to visit'"),
    ex("Kazakh President Kassym-Jomart Tokayev, at the invitation of President Moon Jae-in, paid a state visit "
       "to Korea in August 2021.",
       ("paid a state visit", {"visitor": "Kassym-Jomart Tokayev", "visitor_country": KZ,
                               "destination_country": SK, "value": "2021-08", "visit_type": "state"}),
       source="'at the invitation of X, paid a visit': the trip took place"),
    # ------------------------------------------------------------------
    # Phenomena found on held-out batch F (each with sentences of its own)
    # ------------------------------------------------------------------
    ex("Turkish President Recep Tayyip Erdogan flew into Astana in July for the SCO summit.",
       ("flew into", {"visitor": "Recep Tayyip Erdogan", "visitor_country": "Turkey", "destination_country": KZ,
                      "destination_city": "Astana", "value": "2024-07"}),
       published="2024-09-18", source="'flew into <city>'"),
    ex("Uzbek President Shavkat Mirziyoyev paid a state visit to Kazakhstan in March 2017 and returned to "
       "Astana in March 2018.",
       ("paid a state visit", {"visitor": "Shavkat Mirziyoyev", "visitor_country": UZ, "destination_country": KZ,
                               "value": "2017-03", "visit_type": "state"}),
       ("returned to", {"visitor": "Shavkat Mirziyoyev", "visitor_country": UZ, "destination_country": KZ,
                        "destination_city": "Astana", "value": "2018-03"}),
       published="2022-12-22", source="'returned to <place>': a second trip"),
    ex("Kazakh President Kassym-Jomart Tokayev returned to Astana on Friday after talks in Seoul. The parties "
       "returned to the negotiating table in May.",
       published="2024-06-12", source="negative: a return home, a return to talks"),
    ex("Turkish President Recep Tayyip Erdogan is expected in Bishkek in November for the summit.",
       ("expected in", {"visitor": "Recep Tayyip Erdogan", "visitor_country": "Turkey",
                        "destination_country": "Kyrgyzstan", "destination_city": "Bishkek", "value": "2024-11",
                        "status": "planned"}),
       published="2024-09-18", source="'is expected in <city>': planned"),
    ex("This is Kazakh President Kassym-Jomart Tokayev's second state visit to Uzbekistan. He paid his first "
       "state visit to the country as president in April 2019.",
       ("state visit", {"visitor": "Kassym-Jomart Tokayev", "visitor_country": KZ, "destination_country": UZ,
                        "visit_type": "state"}),
       ("paid his first state visit", {"visitor": "Kassym-Jomart Tokayev", "visitor_country": KZ,
                                       "destination_country": UZ, "value": "2019-04", "visit_type": "state"}),
       published="2022-12-22", source="'to the country': the country named last"),
    ex("On Tuesday afternoon, Kyrgyz President Sadyr Japarov and Uzbek President Shavkat Mirziyoyev joined Xi "
       "Jinping and Kassym-Jomart Tokayev at the summit in Astana.",
       ("joined", {"visitor": "Sadyr Japarov", "visitor_country": "Kyrgyzstan", "destination_country": KZ,
                   "destination_city": "Astana", "value": "2025-06-17"}),
       ("joined", {"visitor": "Shavkat Mirziyoyev", "visitor_country": UZ, "destination_country": KZ,
                   "destination_city": "Astana", "value": "2025-06-17"}),
       published="2025-06-18", source="'joined X at the summit in <city>'"),
    ex("Kazakhstan joined the WTO in 2015, and Korean banker Kim Min-jun joined the company in Almaty.",
       published="2025-06-18", source="negative: 'joined' with no event named after it"),
    ex("In July 2019 Lee Nak-yon became the first South Korean prime minister to visit Kyrgyzstan, where he met "
       "President Sooronbay Jeenbekov at the state residence before travelling on to Uzbekistan.",
       ("visit", {"visitor": "Lee Nak-yon", "visitor_country": SK, "destination_country": "Kyrgyzstan",
                  "value": "2019-07"}),
       ("travelling", {"visitor": "Lee Nak-yon", "visitor_country": SK, "destination_country": UZ}),
       published=None, source="'before travelling on to': the clause's subject, not the object of 'met'"),
    ex("Japanese Prime Minister Fumio Kishida will visit Kazakhstan and Uzbekistan next week. In Astana, he will "
       "attend a summit hosted by Kazakh President Kassym-Jomart Tokayev. In Tashkent, he is due to hold talks "
       "with Uzbek President Shavkat Mirziyoyev.",
       ("visit", {"visitor": "Fumio Kishida", "visitor_country": "Japan", "destination_country": KZ,
                  "destination_city": "Astana", "value": "2024-W25", "status": "planned"}),
       ("visit", {"visitor": "Fumio Kishida", "visitor_country": "Japan", "destination_country": UZ,
                  "destination_city": "Tashkent", "value": "2024-W25", "status": "planned"}),
       source="'he' opening a sentence is the 'he' of the sentence before, not the host named there"),
    ex("Kazakh President Kassym-Jomart Tokayev joined the BRICS summit in Rio de Janeiro in July by video "
       "conference, and Uzbek President Shavkat Mirziyoyev took part in the Seoul forum online.",
       published="2025-10-30", source="negative: present by video or online, no trip"),
    ex("Turkish President Recep Tayyip Erdogan visited Kazakhstan in 2009 and 2012. He came back in 2017 for "
       "the Expo, and he returned in 2022 for a summit.",
       ("visited", {"visitor": "Recep Tayyip Erdogan", "visitor_country": "Turkey", "destination_country": KZ,
                    "value": "2009"}),
       ("visited", {"visitor": "Recep Tayyip Erdogan", "visitor_country": "Turkey", "destination_country": KZ,
                    "value": "2012"}),
       ("came back", {"visitor": "Recep Tayyip Erdogan", "visitor_country": "Turkey", "destination_country": KZ,
                      "value": "2017"}),
       ("returned", {"visitor": "Recep Tayyip Erdogan", "visitor_country": "Turkey", "destination_country": KZ,
                     "value": "2022"}),
       published="2024-09-18", source="'came back' / 'returned' with no place: where the visitor went last"),
    ex("Kazakh President Kassym-Jomart Tokayev visited Seoul in 2021. He returned home on Friday.",
       ("visited", {"visitor": "Kassym-Jomart Tokayev", "visitor_country": KZ, "destination_country": SK,
                    "destination_city": "Seoul", "value": "2021"}),
       published="2024-09-18", source="'returned home' is no new trip"),
    # ------------------------------------------------------------------
    # Phenomena found on held-out batch G (each with sentences of its own)
    # ------------------------------------------------------------------
    ex("Kazakh President Kassym-Jomart Tokayev received Chinese Vice Premier Ding Xuexiang in Astana on Monday, "
       "and received a phone call from Korean President Yoon Suk Yeol on Tuesday.",
       ("received", {"visitor": "Ding Xuexiang", "visitor_country": "China", "destination_country": KZ,
                     "destination_city": "Astana", "value": "2024-10-07"}),
       published="2024-10-11", source="'received <person>' hosts a guest; 'received a phone call' does not"),
    ex("Kazakh Deputy Prime Minister Serik Zhumangarin will lead a delegation to Seoul from Dec. 3 to 5, and Korean "
       "Trade Minister Ahn Duk-geun headed a business delegation to Astana in May.",
       ("lead a delegation to", {"visitor": "Serik Zhumangarin", "visitor_country": KZ, "destination_country": SK,
                                 "destination_city": "Seoul", "value": "2024-12-03/2024-12-05",
                                 "status": "planned"}),
       ("headed a business delegation to", {"visitor": "Ahn Duk-geun", "visitor_country": SK,
                                            "destination_country": KZ, "destination_city": "Astana",
                                            "value": "2024-05"}),
       published="2024-11-08", source="'lead/headed a delegation to <place>'"),
    ex("Tokayev has headed the country since 2019 and leads the delegation of Kazakhstan in the talks.",
       published="2024-11-08", source="negative: heading a country or a delegation in talks is no trip"),
    ex("North Korean leader Kim Jong Un traveled by armored train to Vladivostok in April 2019.",
       ("traveled by armored train to", {"visitor": "Kim Jong Un", "visitor_country": "North Korea",
                                         "destination_country": "Russia", "destination_city": "Vladivostok",
                                         "value": "2019-04"}),
       published="2025-06-24", source="'traveled by <vehicle> to'"),
    ex("Japanese executive Hiroshi Tanabe is due in Astana later this month.",
       ("due in", {"visitor": "Hiroshi Tanabe", "visitor_country": "Japan", "destination_country": KZ,
                   "destination_city": "Astana", "value": "2025-08", "status": "planned"}),
       published="2025-08-12", source="'is due in <city>': planned"),
    ex("Turkish Foreign Minister Hakan Fidan handed over an invitation from President Recep Tayyip Erdogan for "
       "Kazakh President Kassym-Jomart Tokayev to pay a state visit to Turkey next year.",
       ("pay a state visit", {"visitor": "Kassym-Jomart Tokayev", "visitor_country": KZ,
                              "destination_country": "Turkey", "value": "2025", "visit_type": "state",
                              "status": "planned"}),
       published="2024-10-11", source="'an invitation from X for Y to pay a visit': Y is invited"),
    ex("At the end of the talks in Seoul, an invitation to visit Astana at a mutually convenient time was "
       "extended to Korean Foreign Minister Cho Hyun.",
       ("visit", {"visitor": "Cho Hyun", "visitor_country": SK, "destination_country": KZ,
                  "destination_city": "Astana", "status": "planned"}),
       published="2025-11-14", source="passive: 'an invitation to visit ... was extended to X'"),
    ex("Korean Speaker Woo Won-shik is also scheduled to meet Mazhilis Chairman Yerlan Koshanov on Friday and to "
       "fly to Tashkent on Saturday.",
       ("fly to", {"visitor": "Woo Won-shik", "visitor_country": SK, "destination_country": UZ,
                   "destination_city": "Tashkent", "value": "2024-10-12", "status": "planned"}),
       published="2024-10-11", source="'... and to fly to': the clause's subject, not the object of 'meet'"),
    ex("The ministers discussed preparations for the official visit of President of the Republic of Kazakhstan "
       "Kassym-Jomart Tokayev to the Republic of Korea.",
       ("official visit", {"visitor": "Kassym-Jomart Tokayev", "visitor_country": KZ, "destination_country": SK,
                           "visit_type": "official", "status": "planned"}),
       published="2025-11-14", source="'preparations for the visit': planned"),
    ex("Japanese Prime Minister Fumio Kishida was scheduled to visit Astana in August 2024 for the summit, but "
       "cancelled the trip after an earthquake warning.",
       published=None, source="negative: a plan the same sentence calls off"),
    ex("Park is the first Busan mayor to travel to Kazakhstan since Hur Nam-sik visited Almaty in 2011.",
       ("visited", {"visitor": "Hur Nam-sik", "visitor_country": SK, "destination_country": KZ,
                    "destination_city": "Almaty", "value": "2011"}),
       published="2024-09-26", source="a Korean name without a title (family name + hyphenated given name)"),
    ex("Tokayev Receives Chinese, Turkish and Korean Guests in Busy Diplomatic Week\n\nPresident Kassym-Jomart "
       "Tokayev received Chinese Vice Premier Ding Xuexiang at the Akorda in Astana on Monday.",
       ("received", {"visitor": "Ding Xuexiang", "visitor_country": "China", "destination_country": KZ,
                     "destination_city": "Astana", "value": "2024-10-07"}),
       published="2024-10-11", source="a title-case headline: no names read off its capitals"),
    ex("Week ahead: Nurtleu to visit Tokyo\n\nKazakh Foreign Minister Murat Nurtleu will pay an official visit "
       "to Japan on Nov. 12.",
       ("pay an official visit", {"visitor": "Murat Nurtleu", "visitor_country": KZ, "destination_country": "Japan",
                                  "destination_city": "Tokyo", "value": "2024-11-12", "visit_type": "official",
                                  "status": "planned"}),
       published="2024-11-08", source="a headline's surname before the full name; 'X to visit' is planned"),
    # ------------------------------------------------------------------
    # Phenomena found on held-out batch H (each with sentences of its own)
    # ------------------------------------------------------------------
    ex("Every South Korean president since Roh Moo-hyun has made the trip to Kazakhstan, the region's largest "
       "economy: Roh in 2004, Park Geun-hye in 2014 and Moon Jae-in in 2019.",
       ("made the trip", {"visitor": "Roh Moo-hyun", "visitor_country": SK, "destination_country": KZ,
                             "value": "2004"}),
       ("made the trip", {"visitor": "Park Geun-hye", "visitor_country": SK, "destination_country": KZ,
                             "value": "2014"}),
       ("made the trip", {"visitor": "Moon Jae-in", "visitor_country": SK, "destination_country": KZ,
                          "value": "2019"}),
       published="2026-03-05", source="a list after an appositive and a colon; short names in it"),
    ex("When Kazakhstan's Kassym-Jomart Tokayev and Uzbekistan's Shavkat Mirziyoyev gather in Seoul in June for "
       "the first Korea–Central Asia summit, the agenda will be crowded.",
       ("gather in", {"visitor": "Kassym-Jomart Tokayev", "visitor_country": KZ, "destination_country": SK,
                      "destination_city": "Seoul", "value": "2026-06", "status": "planned"}),
       ("gather in", {"visitor": "Shavkat Mirziyoyev", "visitor_country": UZ, "destination_country": SK,
                      "destination_city": "Seoul", "value": "2026-06", "status": "planned"}),
       published="2026-03-05", source="'X's A and Y's B gather in <city>'"),
    ex("Foreign ministers of the Shanghai Cooperation Organization gathered in Astana today.",
       published="2024-05-21", source="negative: an organisation's name is no person"),
    ex("Korean Prime Minister Kim Min-seok held talks in Bishkek on Tuesday. The Korean Prime Minister arrived "
       "in Bishkek late on Monday.",
       ("held talks", {"visitor": "Kim Min-seok", "visitor_country": SK, "destination_country": "Kyrgyzstan",
                       "destination_city": "Bishkek", "value": "2025-11-17/2025-11-18"}),
       published="2025-11-18", source="'the Korean Prime Minister' resolved to the person"),
    ex("Minister of Patriots and Veterans Affairs Park Min-shik traveled to Almaty last October. He also "
       "visited Kyzylorda, where the independence hero Hong Beom-do spent his last years.",
       ("traveled to", {"visitor": "Park Min-shik", "visitor_country": SK, "destination_country": KZ,
                        "destination_city": "Almaty", "value": "2023-10"}),
       published="2024-04-28", source="a sentence-initial 'He' points back, not to the name after it"),
    ex("Japan's then state minister for foreign affairs, Kenji Yamada, visited Kazakhstan in 2022.",
       ("visited", {"visitor": "Kenji Yamada", "visitor_country": "Japan", "destination_country": KZ,
                    "value": "2022"}),
       published="2025-05-14", source="'minister for foreign affairs, <name>'"),
    ex("Chinese Vice President Han Zheng held talks with Kyrgyz President Sadyr Japarov on Wednesday. Han, who "
       "arrived in Bishkek on Tuesday, is paying an official visit to Kyrgyzstan.",
       ("arrived in", {"visitor": "Han Zheng", "visitor_country": "China", "destination_country": "Kyrgyzstan",
                       "destination_city": "Bishkek", "value": "2025-05-20", "visit_type": "official"}),
       published="2025-05-21", source="a Chinese name's short form is the family name, first"),
    ex("Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon signed a border treaty. Japarov "
       "praised Rahmon. On March 31, Rahmon hosted Japarov and Uzbek President Shavkat Mirziyoyev in Khujand. "
       "The two presidents also met in Moscow in May.",
       ("hosted", {"visitor": "Sadyr Japarov", "visitor_country": "Kyrgyzstan",
                   "destination_country": "Tajikistan", "destination_city": "Khujand", "value": "2025-03-31"}),
       ("hosted", {"visitor": "Shavkat Mirziyoyev", "visitor_country": UZ,
                   "destination_country": "Tajikistan", "destination_city": "Khujand", "value": "2025-03-31"}),
       ("met", {"visitor": "Sadyr Japarov", "visitor_country": "Kyrgyzstan", "destination_country": "Russia",
                "destination_city": "Moscow", "value": "2025-05"}),
       ("met", {"visitor": "Emomali Rahmon", "visitor_country": "Tajikistan", "destination_country": "Russia",
                "destination_city": "Moscow", "value": "2025-05"}),
       published="2025-10-10", source="'the two presidents': the two people the story names most"),
    # "the city", "the capital", "there": the place last named.
    ex("Uzbek President Shavkat Mirziyoyev arrived in Astana on Monday. Kyrgyz President Sadyr Japarov also "
       "arrived in the city on Tuesday, a day before the summit.",
       ("arrived in", {"visitor": "Shavkat Mirziyoyev", "visitor_country": UZ, "destination_country": KZ,
                       "destination_city": "Astana", "value": "2024-06-10"}),
       ("arrived in", {"visitor": "Sadyr Japarov", "visitor_country": "Kyrgyzstan", "destination_country": KZ,
                       "destination_city": "Astana", "value": "2024-06-11"}),
       source="Xinhua-style summit arrivals: 'the city' is the city named before"),
    ex("Deputy Minister Ryu Sang-min flew to Dushanbe in March. Her colleague Baek Ji-hoon traveled there in May.",
       ("flew to", {"visitor": "Ryu Sang-min", "visitor_country": SK, "destination_country": "Tajikistan",
                    "destination_city": "Dushanbe", "value": "2024-03"}),
       ("traveled", {"visitor": "Baek Ji-hoon", "visitor_country": SK, "destination_country": "Tajikistan",
                     "destination_city": "Dushanbe", "value": "2024-05"}),
       source="'traveled there': the place last named"),
    # "<Country>'s <Name>": a person of that country; a company's longer name is none.
    ex("Germany's Katrin Bauer is expected in Astana next week for talks on rare earths.",
       ("expected in", {"visitor": "Katrin Bauer", "visitor_country": "Germany", "destination_country": KZ,
                        "destination_city": "Astana", "value": "2024-W25", "status": "planned"}),
       source="FT-style 'Italy's Giorgia Meloni is expected in Astana'"),
    ex("Japan's Mitsubishi Heavy Industries will visit Astana in July to sign the turbine contract.",
       source="a company after a country's possessive is no visitor"),
    # A person inside "..., who had hosted X in Berlin, ..." is no subject of the main verb.
    ex("France's Claire Dubois, who had hosted Kazakh Deputy Foreign Minister Aidar Seitkali in Paris in "
       "April, traveled to Tashkent in May for talks on uranium.",
       ("hosted", {"visitor": "Aidar Seitkali", "visitor_country": KZ, "destination_country": "France",
                   "destination_city": "Paris", "value": "2024-04"}),
       ("traveled to", {"visitor": "Claire Dubois", "visitor_country": "France", "destination_country": UZ,
                        "destination_city": "Tashkent", "value": "2024-05"}),
       source="FT-style relative clause between the subject and its verb"),
    # "X's upcoming state visit": words between the possessor and the visit.
    ex("The two sides reviewed preparations for Deputy Prime Minister Nam Seung-ho's upcoming official visit "
       "to Kyrgyzstan, scheduled for June 24-26.",
       ("official visit", {"visitor": "Nam Seung-ho", "visitor_country": SK, "destination_country": "Kyrgyzstan",
                           "value": "2024-06-24/2024-06-26", "visit_type": "official", "status": "planned"}),
       source="MOFA-style release: 'X's upcoming state visit'"),
    # A list of trips under a heading that names the traveller.
    ex("== Foreign Minister Jang Dong-hyun ==\n"
       "* 3–4 April 2023 – Kazakhstan, Astana – official visit. Talks on critical minerals.\n"
       "* 14 May 2024 – Uzbekistan, Samarkand – working visit.\n",
       ("official visit", {"visitor": "Jang Dong-hyun", "visitor_country": SK, "destination_country": KZ,
                           "destination_city": "Astana", "value": "2023-04-03/2023-04-04",
                           "visit_type": "official"}),
       ("working visit", {"visitor": "Jang Dong-hyun", "visitor_country": SK, "destination_country": UZ,
                          "destination_city": "Samarkand", "value": "2024-05-14", "visit_type": "working"}),
       source="Wikipedia-style 'List of state visits': the heading names the visitor"),
    ex("- Kim Do-yoon, a Busan Port official, had planned to visit Aktau in May, but the trip was cancelled.",
       source="a sentence in a bullet is no row: the cancelled trip stays cancelled"),
    # People listed with their own dates share one verb, before or after it.
    ex("Three Korean ministers, Kang Da-eun in 2016, Lim Jae-won in 2019 and Shin Bo-ra in May 2023, have "
       "visited Ashgabat.",
       ("visited", {"visitor": "Kang Da-eun", "visitor_country": SK, "destination_country": "Turkmenistan",
                    "destination_city": "Ashgabat", "value": "2016"}),
       ("visited", {"visitor": "Lim Jae-won", "visitor_country": SK, "destination_country": "Turkmenistan",
                    "destination_city": "Ashgabat", "value": "2019"}),
       ("visited", {"visitor": "Shin Bo-ra", "visitor_country": SK, "destination_country": "Turkmenistan",
                    "destination_city": "Ashgabat", "value": "2023-05"}),
       source="TCA-style: subjects each with the year of their trip"),
    ex("Seo Ji-won became the first Korean trade minister to visit Mongolia, in 2009, followed by Yoo Han-sol "
       "in 2014 and Moon Ha-rin in 2018.",
       ("visit", {"visitor": "Seo Ji-won", "visitor_country": SK, "destination_country": "Mongolia",
                  "value": "2009"}),
       ("visit", {"visitor": "Yoo Han-sol", "visitor_country": SK, "destination_country": "Mongolia",
                  "value": "2014"}),
       ("visit", {"visitor": "Moon Ha-rin", "visitor_country": SK, "destination_country": "Mongolia",
                  "value": "2018"}),
       source="Eurasianet-style 'followed by X in <year> and Y in <year>'"),
    # An institution after "Chairman of the" is no person.
    ex("Aman Orazov, Chairman of the Mejlis (parliament), arrived in Seoul on Sunday.",
       ("arrived in", {"visitor": "Aman Orazov", "visitor_country": None, "destination_country": SK,
                       "destination_city": "Seoul", "value": "2024-06-09"}),
       source="TCA-style title of an institution"),
    # "the minister": the last person named after the same title word.
    ex("Foreign Minister Han Seo-yeon arrived in Astana on Monday and will call on President Kassym-Jomart "
       "Tokayev. The minister then travels to Bishkek on Thursday.",
       ("arrived in", {"visitor": "Han Seo-yeon", "visitor_country": SK, "destination_country": KZ,
                       "destination_city": "Astana", "value": "2024-06-10"}),
       ("travels to", {"visitor": "Han Seo-yeon", "visitor_country": SK, "destination_country": "Kyrgyzstan",
                       "destination_city": "Bishkek", "value": "2024-06-13", "status": "planned"}),
       source="KBS-style itinerary: 'the minister' is not the president met in between"),
    # "invited X and Y to <Place>": a planned trip of each guest.
    ex("Closing the summit, President Aliyev invited Uzbek President Shavkat Mirziyoyev and Kazakh President "
       "Kassym-Jomart Tokayev to Baku for the next meeting in 2026.",
       ("invited", {"visitor": "Shavkat Mirziyoyev", "visitor_country": UZ, "destination_country": "Azerbaijan",
                    "destination_city": "Baku", "value": "2026", "status": "planned"}),
       ("invited", {"visitor": "Kassym-Jomart Tokayev", "visitor_country": KZ, "destination_country": "Azerbaijan",
                    "destination_city": "Baku", "value": "2026", "status": "planned"}),
       published="2025-06-12", source="Trend-style: an invitation with no visit verb"),
    ex("The ministry invited Korean companies to Almaty for the investment fair.",
       source="companies are no visitors"),
    # A guest written with his country's possessive; attendance as a trip.
    ex("Olaf Scholz hosted Kazakhstan's Kassym-Jomart Tokayev in Berlin in September 2023.",
       ("hosted", {"visitor": "Kassym-Jomart Tokayev", "visitor_country": KZ, "destination_country": "Germany",
                   "destination_city": "Berlin", "value": "2023-09"}),
       published="2025-04-22", source="FT-style: 'hosted <Country>'s <Name>'"),
    ex("It was his third trip to Azerbaijan, after his attendance at the COP29 climate conference in Baku in "
       "November 2024, Kassym-Jomart Tokayev said.",
       ("attendance", {"visitor": "Kassym-Jomart Tokayev", "visitor_country": KZ,
                       "destination_country": "Azerbaijan", "destination_city": "Baku", "value": "2024-11"}),
       published="2025-06-12", source="'his attendance at <event> in <city>'"),
    ex("The parties discussed the summit to be held in Astana in August. Kyrgyz President Sadyr Japarov "
       "confirmed his participation in the summit in Astana.",
       ("participation", {"visitor": "Sadyr Japarov", "visitor_country": "Kyrgyzstan", "destination_country": KZ,
                          "destination_city": "Astana", "status": "planned"}),
       published="2024-03-14", source="Akorda-style: 'confirmed his participation' is a promise"),
    ex("Uzbek President Shavkat Mirziyoyev, who is in Turkmenistan on a working visit to attend the summit of "
       "Turkmenistan, Kazakhstan and Kyrgyzstan, met the host on Friday.",
       ("working visit", {"visitor": "Shavkat Mirziyoyev", "visitor_country": UZ, "destination_country": "Turkmenistan",
                          "visit_type": "working", "value": "2024-06-07"}),
       source="Trend-style: the countries of 'the summit of X, Y and Z' are its members, not destinations"),
]
