"""Percent examples: every percentage mention the extractor must find, with its fields.

Fields per ``gold/README.md``: ``value``, plus ``value_max`` for ranges, ``unit``
``percentage_point`` and ``qualifier`` (``approx``/``over``/``under``) only where
they are not the default. Spans are number + percent word or sign, never the
qualifier words. Negatives (no expected mention) come last.

Decisions the guidelines leave open, applied here:

* A minus sign written against the number belongs to the value and the span
  (``-2.1%`` → -2.1). Direction words (``fell 2.1%``, ``down``) do not make the
  value negative.
* ``between 5 and 7 percent`` and ``from 3 to 5 percent`` used as a range: the
  span drops ``between``/``from`` (as for dates).
* ``rose/fell from X% (in 2022) to Y%`` states two values, not a range: two
  mentions.
* Direction words (``up``, ``rose by``, ``reached``) are not qualifiers.
* ``%p``, the Korean press's abbreviation, is a percentage point.
* A hyphenated adjective (``a 10-percent increase``) keeps its hyphen in the
  span; in ``30%-stake`` the span stops at ``%``.
"""

from ..example_table import ex

PP = "percentage_point"

EXAMPLES = [
    # ------------------------------------------------------------------
    # Reuters: %, pct, stakes, ranges, percentage points
    # ------------------------------------------------------------------
    ex("Kazakhstan's economy grew 5.1% in 2023, the statistics bureau said.",
       ("5.1%", {"value": 5.1}), source="Reuters"),
    ex("The government plans to sell a 30% stake in the national airline.",
       ("30%", {"value": 30}), source="Reuters: stake"),
    ex("Samruk-Kazyna agreed to buy a 30%-stake in the petrochemical venture.",
       ("30%", {"value": 30}), source="Reuters: stake"),
    ex("KazMunayGas holds a 49 percent stake in the joint venture and the Korean "
       "partner holds 51 percent.",
       ("49 percent", {"value": 49}), ("51 percent", {"value": 51}),
       source="Reuters: stake"),
    ex("Exports of copper to China surged 125 percent in the first quarter.",
       ("125 percent", {"value": 125}), source="Reuters"),
    ex("Kazakhstan's exports rose 1.5 pct in May from a year earlier.",
       ("1.5 pct", {"value": 1.5}), source="Reuters: pct"),
    ex("Carmakers expect sales in Kazakhstan to grow 10-15% this year.",
       ("10-15%", {"value": 10, "value_max": 15}), source="Reuters: range"),
    ex("Utility tariffs will increase by 10 to 15 percent from July.",
       ("10 to 15 percent", {"value": 10, "value_max": 15}), source="Reuters: range"),
    ex("Analysts forecast economic growth of 5% to 7% over the next three years.",
       ("5% to 7%", {"value": 5, "value_max": 7}), source="Reuters: range"),
    ex("The central bank expects inflation to stay between 5 and 7 percent next "
       "year.",
       ("5 and 7 percent", {"value": 5, "value_max": 7}), source="Reuters: range"),
    ex("Growth is seen at 4.5-5% in 2025, according to the IMF.",
       ("4.5-5%", {"value": 4.5, "value_max": 5}), source="Reuters: range"),
    ex("The World Bank expects the economy to expand 3–4 percent next year.",
       ("3–4 percent", {"value": 3, "value_max": 4}), source="Reuters: range"),
    ex("Agents' fees range from 3 to 5 percent of the transaction value.",
       ("3 to 5 percent", {"value": 3, "value_max": 5}), source="Reuters: range"),
    ex("Retail sales rose by 8.4% in April.",
       ("8.4%", {"value": 8.4}), source="Reuters"),
    ex("The National Bank raised the base rate by 2 percentage points to 16.75%.",
       ("2 percentage points", {"value": 2, "unit": PP}), ("16.75%", {"value": 16.75}),
       source="Reuters: percentage points"),
    ex("The tenge weakened 1.8 percent and bond yields rose 1.75 percentage points.",
       ("1.8 percent", {"value": 1.8}), ("1.75 percentage points", {"value": 1.75, "unit": PP}),
       source="Reuters: percentage points"),
    ex("The National Bank cut its base rate by 50 basis points to 15.25%.",
       ("15.25%", {"value": 15.25}), source="Reuters: basis points not marked"),
    ex("The share of remittances in GDP rose from roughly 31% to 45% in a decade.",
       ("31%", {"value": 31, "qualifier": "approx"}),
       ("45%", {"value": 45}),
       source="a qualifier between 'from' and the first value of a change"),
    ex("Unemployment fell from 4.9% in 2022 to 4.7% in 2023.",
       ("4.9%", {"value": 4.9}), ("4.7%", {"value": 4.7}),
       source="Reuters: change, two values"),
    ex("The value-added tax will rise to 16% from 12% next year.",
       ("16%", {"value": 16}), ("12%", {"value": 12}),
       source="Reuters: change, two values"),
    ex("The government imposed a 10 percent tariff on imported cars.",
       ("10 percent", {"value": 10}), source="Reuters"),
    ex("Real wages changed by -2.1% in January compared with a year earlier.",
       ("-2.1%", {"value": -2.1}), source="Reuters: negative value"),
    ex("Industrial output fell 2.1% in January.",
       ("2.1%", {"value": 2.1}), source="Reuters: direction word is not a sign"),
    ex("The Kyrgyz economy grew 9% last year, while Tajikistan's expanded 8.3%.",
       ("9%", {"value": 9}), ("8.3%", {"value": 8.3}), source="Reuters"),

    # ------------------------------------------------------------------
    # Yonhap / Korea Herald: percent, on-year, percentage point, %p
    # ------------------------------------------------------------------
    ex("Industrial output was up 12.5 percent year-on-year in May.",
       ("12.5 percent", {"value": 12.5}), source="Yonhap"),
    ex("South Korea's exports to Central Asia jumped 28.6 percent on-year to US$3.4 "
       "billion.",
       ("28.6 percent", {"value": 28.6}), source="Yonhap"),
    ex("The Bank of Korea cut its policy rate by 0.25 percentage point to 3.25 "
       "percent.",
       ("0.25 percentage point", {"value": 0.25, "unit": PP}),
       ("3.25 percent", {"value": 3.25}),
       source="Yonhap: percentage point"),
    ex("The Bank of Korea held its key rate steady at 3.50 percent for the 11th "
       "straight time.",
       ("3.50 percent", {"value": 3.5}), source="Yonhap"),
    ex("The Korean won fell 1.2 percent against the dollar on Tuesday.",
       ("1.2 percent", {"value": 1.2}), source="Korea Herald"),
    ex("The unemployment rate rose 0.3%p from a year earlier to 3.1%.",
       ("0.3%p", {"value": 0.3, "unit": PP}), ("3.1%", {"value": 3.1}),
       source="Korea Herald: %p"),
    ex("The benchmark KOSPI fell 2.3 percent, while the tech-heavy KOSDAQ lost 3.1 "
       "percent.",
       ("2.3 percent", {"value": 2.3}), ("3.1 percent", {"value": 3.1}),
       source="Yonhap"),
    ex("Korea's consumer inflation stayed below 3% for the fourth consecutive month.",
       ("3%", {"value": 3, "qualifier": "under"}), source="Korea Herald"),
    ex("More than 60% of respondents said relations with Kazakhstan were important.",
       ("60%", {"value": 60, "qualifier": "over"}), source="Korea Herald"),
    ex("An estimated 45% of Korean firms in Central Asia plan to expand next year.",
       ("45%", {"value": 45, "qualifier": "approx"}), source="Korea Herald"),
    ex("Hyundai's market share in Kazakhstan is close to 20%.",
       ("20%", {"value": 20, "qualifier": "approx"}), source="Korea Herald"),

    # ------------------------------------------------------------------
    # Kazinform / Astana Times: per cent, qualifiers, number words, spaced %
    # ------------------------------------------------------------------
    ex("The state holds 27 per cent of the company's shares.",
       ("27 per cent", {"value": 27}), source="Astana Times: per cent"),
    ex("The company plans to reduce its emissions by five percent by 2030.",
       ("five percent", {"value": 5}), source="Kazinform: number words"),
    ex("Teachers' salaries will increase by ten per cent from September.",
       ("ten per cent", {"value": 10}), source="Kazinform: number words"),
    ex("Twenty-five percent of the budget goes to social programmes.",
       ("Twenty-five percent", {"value": 25}), source="Kazinform: number words"),
    ex("Nearly 40% of the country's grain harvest is exported.",
       ("40%", {"value": 40, "qualifier": "approx"}), source="Astana Times"),
    ex("Agricultural producers can get discounts of up to 50% on fertilisers.",
       ("50%", {"value": 50, "qualifier": "under"}), source="Kazinform"),
    ex("At least 20 percent of the workforce must be local residents.",
       ("20 percent", {"value": 20, "qualifier": "over"}), source="Kazinform"),
    ex("Prices for fuel are expected to rise by about 3 percent.",
       ("3 percent", {"value": 3, "qualifier": "approx"}), source="Kazinform"),
    ex("Over 70 percent of Kazakhstan's exports are oil and gas.",
       ("70 percent", {"value": 70, "qualifier": "over"}), source="Astana Times"),
    ex("Almost 90% of households in Astana have access to high-speed internet.",
       ("90%", {"value": 90, "qualifier": "approx"}), source="Astana Times"),
    ex("Roughly 15 per cent of the harvest is lost during storage.",
       ("15 per cent", {"value": 15, "qualifier": "approx"}), source="Astana Times"),
    ex("Tourist arrivals from South Korea grew around 4% in the spring.",
       ("4%", {"value": 4, "qualifier": "approx"}), source="Astana Times"),
    ex("Some 30 percent of ethnic Koreans in Kazakhstan live in Almaty.",
       ("30 percent", {"value": 30, "qualifier": "approx"}), source="Astana Times"),
    ex("Renewables generated approximately 6% of the country's electricity.",
       ("6%", {"value": 6, "qualifier": "approx"}), source="Astana Times"),
    ex("The share of non-performing loans dropped to less than 1%.",
       ("1%", {"value": 1, "qualifier": "under"}), source="Kazinform"),
    ex("Growth above 5% is needed to double the economy by 2029.",
       ("5%", {"value": 5, "qualifier": "over"}), source="Kazinform"),
    ex("Regions with inflation exceeding 10% will receive extra support.",
       ("10%", {"value": 10, "qualifier": "over"}), source="Kazinform"),
    ex("The deficit must be at most 2% of GDP under the new budget rule.",
       ("2%", {"value": 2, "qualifier": "under"}), source="Kazinform"),
    ex("Upwards of 30% of the wheat crop goes to Central Asian neighbours.",
       ("30%", {"value": 30, "qualifier": "over"}), source="Astana Times"),
    ex("Inflation should fall under 4 percent by 2027, the central bank said.",
       ("4 percent", {"value": 4, "qualifier": "under"}), source="Kazinform"),
    ex("The volume of trade grew by 5.2 % in January-April.",
       ("5.2 %", {"value": 5.2}), source="Kazinform: space before %"),
    ex("The company reported a 10-percent increase in passenger traffic.",
       ("10-percent", {"value": 10}), source="Kazinform: hyphenated"),
    ex("Samruk-Kazyna owns 100% of Kazakhstan Temir Zholy.",
       ("100%", {"value": 100}), source="Astana Times"),
    ex("Processing plants will pay 20-25 per cent less for electricity.",
       ("20-25 per cent", {"value": 20, "value_max": 25}), source="Astana Times: range"),
    ex("GDP per capita rose 7 percent, the bureau said.",
       ("7 percent", {"value": 7}), source="Kazinform"),
    ex("Goods from EAEU members enter duty-free, at a 0% tariff.",
       ("0%", {"value": 0}), source="Kazinform: zero"),
    ex("Deposits grew by 0.25 per cent over the week.",
       ("0.25 per cent", {"value": 0.25}), source="Kazinform"),
    ex("Fifty per cent of the funding will come from the local budget.",
       ("Fifty per cent", {"value": 50}), source="Kazinform: number words"),

    # ------------------------------------------------------------------
    # Central-bank and company press releases
    # ------------------------------------------------------------------
    ex("Annual inflation in Kazakhstan in May 2024 was 8.5%.",
       ("8.5%", {"value": 8.5}), source="press release: National Bank of Kazakhstan"),
    ex("The Monetary Policy Committee decided to keep the base rate at 14.75% with "
       "the interest rate corridor of 13.75% to 15.75%.",
       ("14.75%", {"value": 14.75}),
       ("13.75% to 15.75%", {"value": 13.75, "value_max": 15.75}),
       source="press release: National Bank of Kazakhstan"),
    ex("Annual inflation slowed to 8.4 percent, with food prices up 6.1 percent and "
       "services up 13.4 percent.",
       ("8.4 percent", {"value": 8.4}), ("6.1 percent", {"value": 6.1}),
       ("13.4 percent", {"value": 13.4}),
       source="press release: National Bank of Kazakhstan"),
    ex("Net interest margin narrowed 0.4 percentage points to 5.9%.",
       ("0.4 percentage points", {"value": 0.4, "unit": PP}), ("5.9%", {"value": 5.9}),
       source="press release: company results"),
    ex("The board proposes to pay out 50 per cent of net income as dividends.",
       ("50 per cent", {"value": 50}), source="press release: company"),
    ex("Revenue increased 24.6% year-on-year, while operating costs rose by "
       "approximately 12%.",
       ("24.6%", {"value": 24.6}), ("12%", {"value": 12, "qualifier": "approx"}),
       source="press release: company results"),
    ex("Return on equity reached 33.9%, up from 30.2% a year earlier.",
       ("33.9%", {"value": 33.9}), ("30.2%", {"value": 30.2}),
       source="press release: company results"),
    ex("The Bank of Korea kept the base rate at 3.5% and lowered its growth "
       "forecast by 0.1 percentage point to 2.1%.",
       ("3.5%", {"value": 3.5}), ("0.1 percentage point", {"value": 0.1, "unit": PP}),
       ("2.1%", {"value": 2.1}),
       source="press release: Bank of Korea"),

    # ------------------------------------------------------------------
    # Wikipedia: census shares, election results, lists
    # ------------------------------------------------------------------
    ex("Koreans make up about 0.6% of the population of Kazakhstan.",
       ("0.6%", {"value": 0.6, "qualifier": "approx"}), source="Wikipedia"),
    ex("Ethnic composition (2023): Kazakhs 70.4%, Russians 15.5%, Uzbeks 3.3%.",
       ("70.4%", {"value": 70.4}), ("15.5%", {"value": 15.5}), ("3.3%", {"value": 3.3}),
       source="Wikipedia: list"),
    ex("Tokayev was re-elected with 81.31% of the vote on a turnout of 69.44%.",
       ("81.31%", {"value": 81.31}), ("69.44%", {"value": 69.44}),
       source="Wikipedia: election"),
    ex("The ruling Amanat party won 53.9 percent of the vote.",
       ("53.9 percent", {"value": 53.9}), source="Wikipedia: election"),
    ex("Between 2% and 3% of the population speak Korean at home.",
       ("2% and 3%", {"value": 2, "value_max": 3}), source="Wikipedia: range"),
    ex("Kazakhstan accounts for 60 percent of Central Asia's GDP.",
       ("60 percent", {"value": 60}), source="Wikipedia"),

    # ------------------------------------------------------------------
    # Negatives: percentage without a number, names, ordinals, other units
    # ------------------------------------------------------------------
    ex("The percentage of voters who backed the amendments was not disclosed.",
       source="negative: percentage without number"),
    ex("Korea's percentage of GDP spent on research is among the world's highest.",
       source="negative: percentage without number"),
    ex("Kazakhstan lifted its COVID-19 restrictions in 2022.",
       source="negative: COVID-19"),
    ex("Organisers announced plans for a 100th anniversary celebration.",
       source="negative: ordinal anniversary"),
    ex("The Bank of Korea cut its key rate by 50 basis points.",
       source="negative: basis points"),
    ex("GDP per capita exceeded $13,000 for the first time.",
       source="negative: per capita"),
    ex("Figures are given in per cent unless otherwise stated.",
       source="negative: per cent without number"),
    ex("Interest is calculated in percent per annum.",
       source="negative: percent without number"),
    ex("The forum opened on the 30th and closed two days later.",
       source="negative: ordinal"),
    ex("Men outnumber women in the sector by a ratio of 3:1.",
       source="negative: ratio"),
    ex("South Korea pledged $5 billion in investment.",
       source="negative: money"),
    ex("More than half of the respondents supported the reform.",
       source="negative: fraction word"),
    ex("Two-thirds of the country's exports go to Europe.",
       source="negative: fraction word"),
    ex("One in ten Kazakhs lives in Almaty.",
       source="negative: proportion in words"),
    ex("Trade between the two countries doubled over the decade.",
       source="negative: multiplier"),
    ex("The 5G network now covers Astana and Almaty.",
       source="negative: name with number"),
    ex("Tokayev attended the G20 summit as a guest.",
       source="negative: name with number"),
    ex("The Kazakhstan 2050 Strategy sets long-term targets.",
       source="negative: name with number"),
    ex("The 95th percentile of waiting times was 40 minutes.",
       source="negative: percentile"),
    ex("Inflation has been in double digits since 2022.",
       source="negative: no number"),
    ex("Air Astana operates 14 flights per week to Seoul.",
       source="negative: per with a unit"),
    ex("Kazakhstan beat Tajikistan 3-1 in the qualifier.",
       source="negative: score"),
    ex("The KASE index gained 12 points on Friday.",
       source="negative: index points"),
    ex("The won traded at 1,380 per dollar on Tuesday.",
       source="negative: exchange rate"),
    ex("The committee has 15 members, a third of them women.",
       source="negative: count and fraction"),
    ex("The interest rate on the loan is fixed for 10 years.",
       source="negative: rate without number"),
    # ------------------------------------------------------------------
    # "from X to Y": a range after a verb of range, two values after a verb of change
    # ------------------------------------------------------------------
    ex("Interest on the subsidised loans will range from 5% to 7% depending on the region.",
       ("5% to 7%", {"value": 5, "value_max": 7}), source="Kazinform: range after 'range from'"),
    ex("Analysts expect margins to vary from 12 percent to 15 percent next year.",
       ("12 percent to 15 percent", {"value": 12, "value_max": 15}), source="Reuters: range after 'vary from'"),
    ex("The base rate was raised sharply from 9.75% to 10.25% in February.",
       ("9.75%", {"value": 9.75}), ("10.25%", {"value": 10.25}),
       source="Reuters: change after 'raised ... from'"),
    ex("The National Bank made a 0.25 percentage-point cut to the base rate in October.",
       ("0.25 percentage-point", {"value": 0.25, "unit": "percentage_point"}),
       source="Reuters: hyphenated 'percentage-point' as an adjective"),
]
