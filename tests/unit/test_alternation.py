import re

from worker.pipeline.alternation import branches, factored, grouped


def test_branches_split_only_at_the_top_level() -> None:
    assert branches(r"six|sixty(?:-(?:one|two))?|[|]x|\|y") == ["six", "sixty(?:-(?:one|two))?", "[|]x", r"\|y"]


def test_grouping_by_first_letter_keeps_what_matches() -> None:
    words = ["six", "sixty", r"\d+", "seven", "an?", "a dozen"]
    plain = re.compile(f"(?:{'|'.join(words)}) killed", re.IGNORECASE)
    fast = re.compile(f"{grouped(words)} killed", re.IGNORECASE)
    assert grouped(words) == r"(?:s(?:ix|ixty|even)|\d+|a(?:n?| dozen))"
    for text in ("Sixty killed", "six killed", "a dozen killed", "An killed", "12 killed", "seventy killed"):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_factoring_case_blind_groups_keeps_what_matches() -> None:
    pattern = r"(?<!\w)(?:(?:the|This|those) (?:attacks?|Assault|a)|[|]x|Strike(?:s|rs)?)(?!\w)"
    assert factored(pattern) == r"(?<!\w)(?:(?:t(?:he|his|hose)) (?:a(?:ttacks?|ssault|))|[|]x|Strike(?:s|rs)?)(?!\w)"
    plain, fast = re.compile(pattern, re.IGNORECASE), re.compile(factored(pattern), re.IGNORECASE)
    for text in ("This attack", "those assault and the a", "|x, THE ASSAULTS", "strikers", "theattack"):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_factoring_leaves_inline_flags_alone() -> None:
    assert factored("(?-i:(?:ISIS|isil))") == "(?-i:(?:ISIS|isil))"
