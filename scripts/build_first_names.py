"""Build ``src/newsparse/data/first_names.json``: first names that are strongly one gender.

The source is the 1990 US Census first-name frequency lists (a US Government work, public
domain), as shipped by the ``names`` package (``pip install names``; needed only to run this
script, never by newsparse). A name is kept when at least 95 % of its census frequency is in one
list (female and male frequencies are percentages of populations of about the same size).
Names that lead a name of the other gender in other languages or name orders (Italian
"Andrea", "Nicola"; French "Jean"; Korean "Kim" as a surname first) are left out, so the table
only ever gives a gender the name has almost everywhere a wire story may come from, and names
that news copy uses mostly for places, peoples, months or things (NOT_NAMES) are left out too.

    python scripts/build_first_names.py          # rewrites the data file
    python scripts/build_first_names.py --check  # exit 1 if the data file is out of date
"""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

SHARE = 0.95
# Names that the census gives one gender but that name people of the other gender in languages
# newsparse reads (or that start an East Asian surname-first name): no gender from these.
AMBIGUOUS = frozenset("""
andrea nicola simone michele daniele gabriele jean kim sasha sacha joan ariel yuri yury
mika nikita ilya luca noa eden
""".split())
# Census first names that news copy uses far more often for a place, a people, a month or a
# thing ("Denver Broncos", "Nevada Democrats", "Sunni Muslims", "Madison Square Garden", "von"):
# a capitalised run that opens with one of these is no evidence of a person.
NOT_NAMES = frozenset("""
alabama alaska arizona arkansas california carolina colorado dakota delaware florida georgia indiana
kansas kentucky louisiana maryland montana nebraska nevada virginia washington wyoming tennessee
america asia africa india china israel chad kenya lebanon trinidad jamaica victoria ireland
austin dallas denver houston madison phoenix aurora charlotte savannah orlando paris london sydney
florence regina lincoln jackson cleveland raleigh eugene memphis tyler richmond salem augusta
berlin vienna geneva sofia roma milan
sunni shia christian islam muslim catholic democrat
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
von van de del della la le du da di al el bin ben st
liberty justice hope faith grace joy summer winter autumn dawn crystal diamond ruby pearl
rose ivory amber star sky rain storm king prince royal major general bishop deacon pastor
santa alpha omega delta emmy grammy
""".split())
OUT = Path(__file__).resolve().parent.parent / "src" / "newsparse" / "data" / "first_names.json"


def _read(name: str) -> dict[str, float]:
    text = resources.files("names").joinpath(name).read_text(encoding="utf-8")
    freq: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 2:
            freq[parts[0].capitalize()] = float(parts[1])
    return freq


def build() -> dict[str, object]:
    female, male = _read("dist.female.first"), _read("dist.male.first")
    kept: dict[str, list[str]] = {"female_first_name": [], "male_first_name": []}
    for name in sorted(female.keys() | male.keys()):
        if name.casefold() in AMBIGUOUS or name.casefold() in NOT_NAMES:
            continue
        f, m = female.get(name, 0.0), male.get(name, 0.0)
        if f >= SHARE * (f + m):
            kept["female_first_name"].append(name)
        elif m >= SHARE * (f + m):
            kept["male_first_name"].append(name)
    return {
        "about": "First names that are strongly one gender (>= 95 % of the 1990 US Census frequency, "
                 "public domain), built by scripts/build_first_names.py; a pronoun's gender for a person "
                 "introduced without a gendered title.",
        "lexicon": kept,
    }


def main(argv: list[str]) -> int:
    text = json.dumps(build(), indent=1, ensure_ascii=False) + "\n"
    if "--check" in argv:
        return 0 if OUT.read_text(encoding="utf-8") == text else 1
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
