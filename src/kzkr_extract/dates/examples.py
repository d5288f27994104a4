"""Date examples: every date mention the extractor must find, with its value.

Resolved against ``REFERENCE_DATE`` (2024-06-12, a Wednesday) unless an example
gives ``published``.
"""

from ..example_table import ex

EXAMPLES = [
    ex("ASTANA, Aug. 16 (Yonhap) -- President Tokayev arrived on Monday.",
       ("Aug. 16", {"value": "2024-08-16"}), ("Monday", {"value": "2024-06-10"}),
       source="Yonhap dateline"),
    ex("In the late 1930s thousands of Koreans were deported.",
       ("late 1930s", {"value": "193X", "mod": "LATE"}), source="Wikipedia"),
    ex("a two-day visit", source="negative: duration"),
]
