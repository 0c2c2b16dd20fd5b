from worker.pipeline.fragments import FragmentGates, lowered


def test_a_group_is_found_only_inside_the_span_asked_about() -> None:
    gates = FragmentGates()
    killed = gates.add("killed", ("kill", "dead"))
    text = "Two people were killed. Talks resume on Monday."
    lower = lowered(text)
    assert gates.scan(text, lower, 0, 23) & killed
    assert not gates.scan(text, lower, 24, len(text)) & killed


def test_word_groups_need_whole_words_and_cased_groups_the_exact_case() -> None:
    gates = FragmentGates()
    numbers = gates.add("numbers", ("one", "ten"), words=True)
    months = gates.add("months", ("May",), cased=True)
    text = "Someone often said it may rain"
    assert gates.scan(text, lowered(text), 0, len(text)) & (numbers | months) == 0
    text = "One man left on 9 May."
    assert gates.scan(text, lowered(text), 0, len(text)) == numbers | months


def test_lowering_keeps_offsets_when_a_character_would_grow() -> None:
    text = "İstanbul police"
    assert len(lowered(text)) == len(text)
    assert lowered(text).endswith("stanbul police")


def test_scanning_several_spans_at_once_gives_each_span_its_own_groups() -> None:
    gates = FragmentGates()
    killed = gates.add("killed", ("kill", "dead"))
    numbers = gates.add("numbers", ("one", "ten"), words=True)
    months = gates.add("months", ("May",), cased=True)
    text = "Ten were killed. It may rain. Someone left on 9 May, one said. Dead end"
    lower = lowered(text)
    spans = [(0, 16), (17, 29), (30, 62), (63, len(text)), (5, 12), (66, 70)]
    assert gates.scan_spans(text, lower, spans[:4]) == [gates.scan(text, lower, s, e) for s, e in spans[:4]]
    assert gates.scan_spans(text, lower, spans) == [gates.scan(text, lower, s, e) for s, e in spans]
    assert gates.scan_spans(text, lower, [(2, 9), (9, 20)]) == [gates.scan(text, lower, 2, 9), gates.scan(text, lower, 9, 20)]
    assert gates.scan_spans(text, lower, []) == []
    assert gates.scan_spans(text, lower, [(0, 16)])[0] == killed | numbers
    assert gates.scan_spans(text, lower, [(30, 62)])[0] == numbers | months
