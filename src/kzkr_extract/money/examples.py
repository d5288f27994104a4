"""Money examples: every money mention the extractor must find, with its fields.

Fields per ``gold/README.md``: ``value`` in units of the currency, ``currency``
(ISO 4217), ``value_max`` for ranges and ``qualifier`` (``approx``/``over``/
``under``) only where they are not null. Spans are amount + currency + scale
words, never the qualifier words. Negatives (no expected mention) come last.

Decisions the guidelines leave open, applied here:

* ``between $X and $Y`` and ``from X to Y`` used as a range: the span drops
  ``between``/``from`` (as for dates) and keeps ``X and/to Y``.
* ``rose/increased from $X to $Y`` describes two amounts, not a range: two
  mentions, no ``value_max``.
* Direction words (``up``, ``reached``, ``topped``, ``is worth``, ``estimated
  at``) are not qualifiers; only the listed words are.
* An amount written with number words (``two billion dollars``) is money.
* A price per unit (``KZT 850 per share``, ``$1,200 a month``) is money; the
  span stops before ``per``/``a``.
"""

from ..example_table import ex

EXAMPLES = [
    # ------------------------------------------------------------------
    # Yonhap: US$ amounts, won amounts with a dollar conversion in brackets
    # ------------------------------------------------------------------
    ex("SEOUL, June 10 (Yonhap) -- Hyundai Engineering & Construction said Monday it "
       "has won a 1.2 trillion won (US$870 million) order to build a gas processing "
       "plant in Kazakhstan.",
       ("1.2 trillion won", {"value": 1_200_000_000_000, "currency": "KRW"}),
       ("US$870 million", {"value": 870_000_000, "currency": "USD"}),
       source="Yonhap"),
    ex("Trade between South Korea and Kazakhstan reached US$6 billion last year, the "
       "trade ministry said.",
       ("US$6 billion", {"value": 6_000_000_000, "currency": "USD"}),
       source="Yonhap"),
    ex("The Export-Import Bank of Korea will provide a loan of US$15.2 million for the "
       "construction of a children's hospital in Astana.",
       ("US$15.2 million", {"value": 15_200_000, "currency": "USD"}),
       source="Yonhap"),
    ex("The government will set aside 300 billion won (US$217 million) to support "
       "small exporters hit by the logistics crisis.",
       ("300 billion won", {"value": 300_000_000_000, "currency": "KRW"}),
       ("US$217 million", {"value": 217_000_000, "currency": "USD"}),
       source="Yonhap"),
    ex("Car exports to Kazakhstan jumped to US$1.03 billion in the January-May "
       "period, according to the Korea International Trade Association.",
       ("US$1.03 billion", {"value": 1_030_000_000, "currency": "USD"}),
       source="Yonhap"),
    ex("KT&G will invest an additional 100 billion won in its Almaty factory, raising "
       "its total investment there to more than 300 billion won.",
       ("100 billion won", {"value": 100_000_000_000, "currency": "KRW"}),
       ("300 billion won", {"value": 300_000_000_000, "currency": "KRW",
                            "qualifier": "over"}),
       source="Yonhap"),
    ex("Samsung C&T signed a deal worth about 500 billion won with the Kazakh "
       "government to build a thermal power plant in Balkhash.",
       ("500 billion won", {"value": 500_000_000_000, "currency": "KRW",
                            "qualifier": "approx"}),
       source="Yonhap"),
    ex("The two leaders agreed to expand bilateral trade to US$10 billion by 2030.",
       ("US$10 billion", {"value": 10_000_000_000, "currency": "USD"}),
       source="Yonhap"),
    ex("Each of the two plants is expected to cost between 1 and 1.5 trillion won, "
       "officials said.",
       ("1 and 1.5 trillion won", {"value": 1_000_000_000_000,
                                   "value_max": 1_500_000_000_000, "currency": "KRW"}),
       source="Yonhap"),
    ex("The project will require 2-3 trillion won in public funds over the next "
       "decade.",
       ("2-3 trillion won", {"value": 2_000_000_000_000, "value_max": 3_000_000_000_000,
                             "currency": "KRW"}),
       source="Yonhap"),
    ex("The contract is worth close to 1 trillion won, the largest order a Korean "
       "builder has won in Central Asia.",
       ("1 trillion won", {"value": 1_000_000_000_000, "currency": "KRW",
                           "qualifier": "approx"}),
       source="Yonhap"),

    # ------------------------------------------------------------------
    # Korea Herald: KRW code and the won sign
    # ------------------------------------------------------------------
    ex("The fund, worth KRW 1.2 trillion, will be managed by the Korea Development "
       "Bank.",
       ("KRW 1.2 trillion", {"value": 1_200_000_000_000, "currency": "KRW"}),
       source="Korea Herald"),
    ex("LG Energy Solution plans to invest ₩500 billion in a new cathode plant.",
       ("₩500 billion", {"value": 500_000_000_000, "currency": "KRW"}),
       source="Korea Herald"),
    ex("The Korean side will contribute roughly ₩2 trillion to the joint "
       "infrastructure fund.",
       ("₩2 trillion", {"value": 2_000_000_000_000, "currency": "KRW",
                        "qualifier": "approx"}),
       source="Korea Herald"),
    ex("Some 40 Korean firms pledged some $700 million in new investment at the "
       "forum.",
       ("$700 million", {"value": 700_000_000, "currency": "USD", "qualifier": "approx"}),
       source="Korea Herald"),

    # ------------------------------------------------------------------
    # Reuters: bare $, bn/m abbreviations, ranges, qualifiers
    # ------------------------------------------------------------------
    ex("Kazakhstan's sovereign wealth fund Samruk-Kazyna sold a stake worth $634 "
       "million in the oil producer.",
       ("$634 million", {"value": 634_000_000, "currency": "USD"}),
       source="Reuters"),
    ex("The deal is valued at $5.9bn including debt, the companies said in a joint "
       "statement.",
       ("$5.9bn", {"value": 5_900_000_000, "currency": "USD"}),
       source="Reuters"),
    ex("Kazakhstan's government will allocate 150 billion tenge ($467.9m) to the "
       "programme this year.",
       ("150 billion tenge", {"value": 150_000_000_000, "currency": "KZT"}),
       ("$467.9m", {"value": 467_900_000, "currency": "USD"}),
       source="Reuters"),
    ex("Tengizchevroil raised the cost estimate of its expansion project to $48.5 "
       "billion.",
       ("$48.5 billion", {"value": 48_500_000_000, "currency": "USD"}),
       source="Reuters"),
    ex("The new smelter will cost $2-3 billion, a source familiar with the plans told "
       "Reuters.",
       ("$2-3 billion", {"value": 2_000_000_000, "value_max": 3_000_000_000,
                         "currency": "USD"}),
       source="Reuters"),
    ex("Bankers expect the Eurobond to raise $2 billion to $3 billion.",
       ("$2 billion to $3 billion", {"value": 2_000_000_000, "value_max": 3_000_000_000,
                                     "currency": "USD"}),
       source="Reuters"),
    ex("KazMunayGas plans to spend between $1 billion and $1.5 billion on the "
       "refinery upgrade.",
       ("$1 billion and $1.5 billion", {"value": 1_000_000_000,
                                        "value_max": 1_500_000_000, "currency": "USD"}),
       source="Reuters"),
    ex("The pipeline expansion is budgeted at $1.5–2 billion.",
       ("$1.5–2 billion", {"value": 1_500_000_000, "value_max": 2_000_000_000,
                           "currency": "USD"}),
       source="Reuters"),
    ex("Foreign investors pulled nearly $1 billion out of Kazakh government bonds "
       "in March.",
       ("$1 billion", {"value": 1_000_000_000, "currency": "USD", "qualifier": "approx"}),
       source="Reuters"),
    ex("Orders for the deal reached $3b, according to IFR.",
       ("$3b", {"value": 3_000_000_000, "currency": "USD"}),
       source="Reuters"),
    ex("Gazprom will invest 30 billion roubles in the gas processing plant near "
       "the Kazakh border.",
       ("30 billion roubles", {"value": 30_000_000_000, "currency": "RUB"}),
       source="Reuters"),
    ex("Bilateral trade increased from $4.2 billion in 2022 to $6.4 billion in 2023.",
       ("$4.2 billion", {"value": 4_200_000_000, "currency": "USD"}),
       ("$6.4 billion", {"value": 6_400_000_000, "currency": "USD"}),
       source="Reuters: change, two amounts"),
    ex("The fund's assets rose from $500 million to $1 billion within three years.",
       ("$500 million", {"value": 500_000_000, "currency": "USD"}),
       ("$1 billion", {"value": 1_000_000_000, "currency": "USD"}),
       source="Reuters: change, two amounts"),
    ex("Bilateral trade has grown from about $1.3 billion to $2.4 billion since 2019.",
       ("$1.3 billion", {"value": 1_300_000_000, "currency": "USD", "qualifier": "approx"}),
       ("$2.4 billion", {"value": 2_400_000_000, "currency": "USD"}),
       source="RFE/RL-style: a qualifier between 'from' and the first amount of a change"),
    ex("They signed a road map for raising bilateral trade from about $900 million to $1.5 billion.",
       ("$900 million", {"value": 900_000_000, "currency": "USD", "qualifier": "approx"}),
       ("$1.5 billion", {"value": 1_500_000_000, "currency": "USD"}),
       source="RFE/RL-style: 'raising X from ... to ...' is a change"),
    ex("Kazakhstan's wheat exports earned almost $2 billion last season.",
       ("$2 billion", {"value": 2_000_000_000, "currency": "USD", "qualifier": "approx"}),
       source="Reuters"),
    ex("The field's development will need at least $10 billion of investment.",
       ("$10 billion", {"value": 10_000_000_000, "currency": "USD", "qualifier": "over"}),
       source="Reuters"),
    ex("Chinese lenders have committed upwards of $1 billion to the railway.",
       ("$1 billion", {"value": 1_000_000_000, "currency": "USD", "qualifier": "over"}),
       source="Reuters"),
    ex("The startup raised less than $5 million in its latest round.",
       ("$5 million", {"value": 5_000_000, "currency": "USD", "qualifier": "under"}),
       source="Reuters"),
    ex("Kazakhstan's current account deficit narrowed to $3.1 billion in the first "
       "quarter, the central bank said.",
       ("$3.1 billion", {"value": 3_100_000_000, "currency": "USD"}),
       source="Reuters"),
    ex("The company said it was in talks to sell the unit for around $450 million.",
       ("$450 million", {"value": 450_000_000, "currency": "USD", "qualifier": "approx"}),
       source="Reuters"),

    # ------------------------------------------------------------------
    # Astana Times / Kazinform: tenge, KZT with bln/trln, thousands
    # ------------------------------------------------------------------
    ex("The government has allocated 500 billion tenge for the modernisation of "
       "heating networks.",
       ("500 billion tenge", {"value": 500_000_000_000, "currency": "KZT"}),
       source="Astana Times"),
    ex("Transfers from the National Fund to the republican budget amounted to KZT 1 "
       "trln in January-April.",
       ("KZT 1 trln", {"value": 1_000_000_000_000, "currency": "KZT"}),
       source="Kazinform"),
    ex("The bank issued loans worth KZT 500 bln to small and medium-sized "
       "businesses.",
       ("KZT 500 bln", {"value": 500_000_000_000, "currency": "KZT"}),
       source="Kazinform"),
    ex("From January 1, the minimum wage in Kazakhstan is set at 85,000 tenge.",
       ("85,000 tenge", {"value": 85_000, "currency": "KZT"}),
       source="Kazinform"),
    ex("The average monthly salary rose to 380,000 tenge (about $850) in the first "
       "quarter.",
       ("380,000 tenge", {"value": 380_000, "currency": "KZT"}),
       ("$850", {"value": 850, "currency": "USD", "qualifier": "approx"}),
       source="Astana Times"),
    ex("The project will cost approximately 2.6 trillion tenge (about $5.8 billion).",
       ("2.6 trillion tenge", {"value": 2_600_000_000_000, "currency": "KZT",
                               "qualifier": "approx"}),
       ("$5.8 billion", {"value": 5_800_000_000, "currency": "USD",
                         "qualifier": "approx"}),
       source="Astana Times"),
    ex("Each family affected by the floods will receive a one-time payment of 500 "
       "thousand tenge.",
       ("500 thousand tenge", {"value": 500_000, "currency": "KZT"}),
       source="Kazinform"),
    ex("The tax breaks will cost the budget an estimated ₸1.2 trillion this year.",
       ("₸1.2 trillion", {"value": 1_200_000_000_000, "currency": "KZT",
                          "qualifier": "approx"}),
       source="Astana Times"),
    ex("The akimat spent KZT 3.5 billion on road repairs in Shymkent.",
       ("KZT 3.5 billion", {"value": 3_500_000_000, "currency": "KZT"}),
       source="Kazinform"),
    ex("The forum produced 37 agreements with a total value exceeding 1.5 trillion "
       "tenge.",
       ("1.5 trillion tenge", {"value": 1_500_000_000_000, "currency": "KZT",
                               "qualifier": "over"}),
       source="Kazinform"),
    ex("The Development Bank of Kazakhstan will finance projects worth KZT 720 bln "
       "(USD 1.6 bln) this year.",
       ("KZT 720 bln", {"value": 720_000_000_000, "currency": "KZT"}),
       ("USD 1.6 bln", {"value": 1_600_000_000, "currency": "USD"}),
       source="Kazinform"),
    ex("Winning startups will receive from 10 to 50 million tenge in grants.",
       ("10 to 50 million tenge", {"value": 10_000_000, "value_max": 50_000_000,
                                   "currency": "KZT"}),
       source="Astana Times: range with from"),
    ex("Each applicant may receive at most 20 million tenge under the programme.",
       ("20 million tenge", {"value": 20_000_000, "currency": "KZT",
                             "qualifier": "under"}),
       source="Kazinform"),
    ex("The republican budget deficit fell below 1 trillion tenge for the first time "
       "since 2019.",
       ("1 trillion tenge", {"value": 1_000_000_000_000, "currency": "KZT",
                             "qualifier": "under"}),
       source="Astana Times"),
    ex("Over $500 million in Korean investment has flowed into the Turkistan region.",
       ("$500 million", {"value": 500_000_000, "currency": "USD", "qualifier": "over"}),
       source="Astana Times"),
    ex("Around $300 million has already been invested in the industrial park.",
       ("$300 million", {"value": 300_000_000, "currency": "USD", "qualifier": "approx"}),
       source="Astana Times"),
    ex("Astana Hub will award grants of up to $5k to each resident startup.",
       ("$5k", {"value": 5_000, "currency": "USD", "qualifier": "under"}),
       source="Astana Times"),
    ex("The winners of the competition will share a prize fund of $250,000.",
       ("$250,000", {"value": 250_000, "currency": "USD"}),
       source="Astana Times"),
    ex("Nurses in the pilot programme will be paid $1,200 a month.",
       ("$1,200", {"value": 1_200, "currency": "USD"}),
       source="Astana Times: thousands separator"),

    # ------------------------------------------------------------------
    # Kazinform / Xinhua: dollars written out, mln/mn/bn abbreviations
    # ------------------------------------------------------------------
    ex("China's direct investment in Kazakhstan's economy totaled 100 million U.S. "
       "dollars in the first quarter.",
       ("100 million U.S. dollars", {"value": 100_000_000, "currency": "USD"}),
       source="Kazinform"),
    ex("Trade turnover between Kazakhstan and Uzbekistan reached 4.4 billion US "
       "dollars last year.",
       ("4.4 billion US dollars", {"value": 4_400_000_000, "currency": "USD"}),
       source="Kazinform"),
    ex("The Korean company plans to invest 2.5 mln dollars in the new facility.",
       ("2.5 mln dollars", {"value": 2_500_000, "currency": "USD"}),
       source="Kazinform"),
    ex("The volume of Korean investment in the region amounted to USD 120 mn.",
       ("USD 120 mn", {"value": 120_000_000, "currency": "USD"}),
       source="Kazinform"),
    ex("Kazakh and Korean companies signed 15 commercial agreements totaling 1 bn "
       "USD.",
       ("1 bn USD", {"value": 1_000_000_000, "currency": "USD"}),
       source="Kazinform"),
    ex("Since 2005, Korean companies have invested USD 3.8 billion in Kazakhstan.",
       ("USD 3.8 billion", {"value": 3_800_000_000, "currency": "USD"}),
       source="Kazinform"),
    ex("The Korea International Cooperation Agency allocated a grant of USD 500,000 "
       "for the digital school project.",
       ("USD 500,000", {"value": 500_000, "currency": "USD"}),
       source="Kazinform"),
    ex("The republic attracted two billion dollars of foreign direct investment in "
       "the first half.",
       ("two billion dollars", {"value": 2_000_000_000, "currency": "USD"}),
       source="Kazinform: number words"),
    ex("Tourists from South Korea spent an average of 2,100 dollars per trip, the "
       "tourism committee said.",
       ("2,100 dollars", {"value": 2_100, "currency": "USD"}),
       source="Kazinform"),

    # ------------------------------------------------------------------
    # Euro, pound
    # ------------------------------------------------------------------
    ex("The European Investment Bank has earmarked 5,000 million euros for Central "
       "Asian transport links.",
       ("5,000 million euros", {"value": 5_000_000_000, "currency": "EUR"}),
       source="press release: EIB"),
    ex("Siemens Energy signed a €1.2bn contract to supply turbines to Kazakhstan.",
       ("€1.2bn", {"value": 1_200_000_000, "currency": "EUR"}),
       source="Reuters"),
    ex("The bank's loan portfolio in the region stood at EUR 3,8 billion at the end "
       "of the year.",
       ("EUR 3,8 billion", {"value": 3_800_000_000, "currency": "EUR"}),
       source="press release: decimal comma"),
    ex("The EU announced €12 billion in investment for Central Asia at the Samarkand "
       "summit.",
       ("€12 billion", {"value": 12_000_000_000, "currency": "EUR"}),
       source="Astana Times"),
    ex("The EBRD will lend EUR 150 million to KEGOC for grid upgrades.",
       ("EUR 150 million", {"value": 150_000_000, "currency": "EUR"}),
       source="press release: EBRD"),
    ex("The UK will provide £3m to support renewable energy projects in Kazakhstan.",
       ("£3m", {"value": 3_000_000, "currency": "GBP"}),
       source="press release: UK government"),
    ex("UK Export Finance has made up to £1.5 billion available for projects in "
       "Kazakhstan.",
       ("£1.5 billion", {"value": 1_500_000_000, "currency": "GBP", "qualifier": "under"}),
       source="press release: UK government"),
    ex("The mining group's London listing valued it at 300 million pounds sterling.",
       ("300 million pounds sterling", {"value": 300_000_000, "currency": "GBP"}),
       source="Reuters"),

    # ------------------------------------------------------------------
    # Rouble, yen, yuan, som, sum
    # ------------------------------------------------------------------
    ex("Russian Railways will invest RUB 30 bln in the border crossing.",
       ("RUB 30 bln", {"value": 30_000_000_000, "currency": "RUB"}),
       source="Interfax"),
    ex("The Russian government will allocate 30 billion rubles to the cross-border "
       "cooperation programme with Kazakhstan.",
       ("30 billion rubles", {"value": 30_000_000_000, "currency": "RUB"}),
       source="TASS"),
    ex("JICA will provide a loan of up to 20 billion yen for the Tashkent power "
       "plant.",
       ("20 billion yen", {"value": 20_000_000_000, "currency": "JPY", "qualifier": "under"}),
       source="Kyodo"),
    ex("Marubeni's ¥20bn investment in the wind farm is its first in Central Asia.",
       ("¥20bn", {"value": 20_000_000_000, "currency": "JPY"}),
       source="Nikkei"),
    ex("The Bank of China placed bonds worth CNY 3.5 billion on the Astana "
       "International Exchange.",
       ("CNY 3.5 billion", {"value": 3_500_000_000, "currency": "CNY"}),
       source="Astana Times"),
    ex("The dry port at Khorgos cost 3.5 billion yuan to build.",
       ("3.5 billion yuan", {"value": 3_500_000_000, "currency": "CNY"}),
       source="Xinhua"),
    ex("The two sides set up a joint investment fund of RMB 2 billion.",
       ("RMB 2 billion", {"value": 2_000_000_000, "currency": "CNY"}),
       source="Xinhua"),
    ex("The currency swap line was raised to 10 billion renminbi.",
       ("10 billion renminbi", {"value": 10_000_000_000, "currency": "CNY"}),
       source="Xinhua"),
    ex("The Kyrgyz government allocated 5 billion som for the construction of the "
       "Kambarata-1 plant.",
       ("5 billion som", {"value": 5_000_000_000, "currency": "KGS"}),
       source="24.kg"),
    ex("Uzbekistan will spend UZS 1.2 trillion on irrigation this year.",
       ("UZS 1.2 trillion", {"value": 1_200_000_000_000, "currency": "UZS"}),
       source="Gazeta.uz"),

    # ------------------------------------------------------------------
    # Wikipedia
    # ------------------------------------------------------------------
    ex("The Balkhash thermal power plant, a joint venture with Samsung C&T, was "
       "projected to cost $4 billion.",
       ("$4 billion", {"value": 4_000_000_000, "currency": "USD"}),
       source="Wikipedia"),
    ex("In 2013 Lotte Confectionery acquired Rakhat for US$100 million.",
       ("US$100 million", {"value": 100_000_000, "currency": "USD"}),
       source="Wikipedia"),
    ex("The Khorgos Gateway dry port received an additional CN¥5 billion in "
       "funding.",
       ("CN¥5 billion", {"value": 5_000_000_000, "currency": "CNY"}),
       source="Wikipedia"),
    ex("The locomotive order from Kazakhstan Temir Zholy was worth ₩1.1 trillion.",
       ("₩1.1 trillion", {"value": 1_100_000_000_000, "currency": "KRW"}),
       source="Wikipedia"),

    # ------------------------------------------------------------------
    # Central-bank and company press releases
    # ------------------------------------------------------------------
    ex("As of 1 June, the National Bank's international reserves stood at $36.2 "
       "billion.",
       ("$36.2 billion", {"value": 36_200_000_000, "currency": "USD"}),
       source="press release: National Bank of Kazakhstan"),
    ex("Kaspi.kz reported net income of KZT 515.7 bln ($1.1 bn) for 2023.",
       ("KZT 515.7 bln", {"value": 515_700_000_000, "currency": "KZT"}),
       ("$1.1 bn", {"value": 1_100_000_000, "currency": "USD"}),
       source="press release: company results"),
    ex("Halyk Bank's net profit rose 30% to KZT 805.4 billion.",
       ("KZT 805.4 billion", {"value": 805_400_000_000, "currency": "KZT"}),
       source="press release: company results"),
    ex("The board recommended a dividend of KZT 850 per share.",
       ("KZT 850", {"value": 850, "currency": "KZT"}),
       source="press release: company results"),
    ex("The board approved a share buyback of up to $100 million.",
       ("$100 million", {"value": 100_000_000, "currency": "USD", "qualifier": "under"}),
       source="press release: company results"),
    ex("Transactions above $50 million require the approval of the board.",
       ("$50 million", {"value": 50_000_000, "currency": "USD", "qualifier": "over"}),
       source="press release: company"),
    ex("Contracts under $1 million are exempt from the tender procedure.",
       ("$1 million", {"value": 1_000_000, "currency": "USD", "qualifier": "under"}),
       source="press release: government"),
    ex("The Asian Development Bank approved a $1.5 million technical assistance "
       "grant for Kazakhstan.",
       ("$1.5 million", {"value": 1_500_000, "currency": "USD"}),
       source="press release: ADB"),
    ex("The programme has a budget of $10 mln and a second tranche of $5 bln is "
       "under discussion.",
       ("$10 mln", {"value": 10_000_000, "currency": "USD"}),
       ("$5 bln", {"value": 5_000_000_000, "currency": "USD"}),
       source="press release"),

    # ------------------------------------------------------------------
    # Negatives: other units, counts, shares, the word "won", bare signs
    # ------------------------------------------------------------------
    ex("Kazakhstan has proven oil reserves of about 30 billion barrels.",
       source="negative: barrels"),
    ex("The Tengiz field holds more than 1 billion barrels of recoverable oil.",
       source="negative: barrels"),
    ex("More than 740 companies with Korean capital operate in Kazakhstan.",
       source="negative: count of companies"),
    ex("The plant will produce 5 million tonnes of fertiliser a year.",
       source="negative: tonnes"),
    ex("Kazakhstan welcomed 3.2 million tourists in 2023.",
       source="negative: count of people"),
    ex("The project is expected to create 20,000 jobs in the region.",
       source="negative: count of jobs"),
    ex("The fund bought 2 million shares of KazMunayGas on the exchange.",
       source="negative: share count"),
    ex("On social media, ticker symbols are preceded by a $ sign.",
       source="negative: bare sign"),
    ex("Tokayev's party won the election with a comfortable majority.",
       source="negative: won as a verb"),
    ex("Kazakh athletes won 3 medals on the opening day of the Asian Games.",
       source="negative: won as a verb"),
    ex("The Korean won weakened against the dollar on Tuesday.",
       source="negative: currency without amount"),
    ex("The tenge (₸; code: KZT) has been the currency of Kazakhstan since 1993.",
       source="negative: currency without amount"),
    ex("The agreement was signed in 2023 in Astana.",
       source="negative: year"),
    ex("Exports to South Korea rose 30% last year.",
       source="negative: percent"),
    ex("SCAT Airlines operates a Boeing 737 on the Shymkent route.",
       source="negative: model number"),
    ex("The Karachaganak field holds about 1.2 trillion cubic meters of gas.",
       source="negative: cubic meters"),
    ex("The Kazakhstan 2050 Strategy was announced in December 2012.",
       source="negative: name with number"),
    ex("About 100,000 ethnic Koreans live in Kazakhstan.",
       source="negative: count of people"),
    ex("Air Astana carried 2 million passengers on international routes.",
       source="negative: count of passengers"),
    ex("The new power plant will generate 12 billion kilowatt-hours a year.",
       source="negative: energy"),
    ex("Farmers sowed wheat on 12.5 million hectares this spring.",
       source="negative: area"),
    ex("Kazakhstan beat Denmark 3-2 in a UEFA Euro 2024 qualifier in Astana.",
       source="negative: Euro as a name"),
    ex("Defence Minister Shin Won-sik met his Kazakh counterpart in Seoul.",
       source="negative: Won in a name"),
    ex("The Silk Road flourished under the Yuan dynasty.",
       source="negative: Yuan as a name"),
    ex("The Astana Hub technopark hosts 1,400 IT companies.",
       source="negative: count of companies"),
    ex("The pipeline runs 1,300 km from Atyrau to the Chinese border.",
       source="negative: distance"),
    ex("The KASE index gained 12 points to close at 4,950.",
       source="negative: index points"),
    ex("Air Astana operates 14 flights per week to Seoul and Busan.",
       source="negative: frequency"),
    ex("A 15-member commission will review the dollar-denominated bonds.",
       source="negative: currency word as modifier"),
    ex("The won and the tenge both fell against the dollar in 2022.",
       source="negative: currencies without amount"),
    ex("The rebuilt stadium seats 30,000 spectators.",
       source="negative: capacity"),
    ex("The Bank of Korea cut its key rate by 50 basis points.",
       source="negative: basis points"),
    # ------------------------------------------------------------------
    # "from X to Y": a range after a verb of range, two amounts after a verb of change
    # ------------------------------------------------------------------
    ex("Contracts under the programme range from $2 million to $3 million each.",
       ("$2 million to $3 million", {"value": 2_000_000, "value_max": 3_000_000, "currency": "USD"}),
       source="Astana Times: range after 'range from'"),
    ex("Annual turnover grew steadily from $500 million to $1.2 billion over the decade.",
       ("$500 million", {"value": 500_000_000, "currency": "USD"}),
       ("$1.2 billion", {"value": 1_200_000_000, "currency": "USD"}),
       source="Reuters: change after 'grew ... from'"),
    ex("Kazakhstan takes $12.5 bil. project list on the road in Seoul.",
       ("$12.5 bil.", {"value": 12_500_000_000, "currency": "USD"}),
       source="Korea Times headline: abbreviation dot before a lowercase word"),
    ex("Exports reached $5 bln. Imports fell.",
       ("$5 bln", {"value": 5_000_000_000, "currency": "USD"}),
       source="sentence-final dot stays out of the span"),
    ex("Busan signs 50 bln-won deals in Almaty",
       ("50 bln-won", {"value": 50_000_000_000, "currency": "KRW"}),
       source="Yonhap headline: scale and currency joined by a hyphen"),
    ex("Hyundai E&C won a 1.6 trillion-won contract for the Atyrau plant.",
       ("1.6 trillion-won", {"value": 1_600_000_000_000, "currency": "KRW"}),
       source="Korea Herald: a compound adjective"),
    ex("N. Gyeongsang governor leads business mission to Almaty; MOUs worth W300 bln",
       ("W300 bln", {"value": 300_000_000_000, "currency": "KRW"}),
       source="Yonhap headline: 'W' for won, glued to the number"),
    ex("The province set up a W1.2 trillion fund.",
       ("W1.2 trillion", {"value": 1_200_000_000_000, "currency": "KRW"}),
       source="Korea Herald: 'W' + number + scale"),
    ex("Korea Eximbank pledges W2.3 tril. to Uzbek rail upgrade",
       ("W2.3 tril.", {"value": 2_300_000_000_000, "currency": "KRW"}),
       source="Korea Times headline: 'tril.' for trillion"),
    ex("The ministry's 3.4 tril won ODA budget covers 2025-2027.",
       ("3.4 tril won", {"value": 3_400_000_000_000, "currency": "KRW"}),
       source="'tril' before the currency word"),
    ex("Grid square W3 and route W 300 were closed; repairs cost 2 billion won.",
       ("2 billion won", {"value": 2_000_000_000, "currency": "KRW"}),
       source="a letter before a number without a scale is no currency"),
]
