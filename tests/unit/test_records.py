import dataclasses
import pickle
from dataclasses import dataclass, field

import pytest

from worker.pipeline.records import quick_init


@quick_init
@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int
    text: str = ""


@dataclass(frozen=True, slots=True)
class _Plain:
    start: int
    end: int
    text: str = ""


def test_a_quick_init_record_behaves_as_the_dataclass_would() -> None:
    span = _Span(1, end=4, text="abc")
    plain = _Plain(1, end=4, text="abc")
    assert span.__init__ is not plain.__init__  # type: ignore[misc]
    assert (span.start, span.end, span.text) == (plain.start, plain.end, plain.text)
    assert span == _Span(1, 4, "abc") and hash(span) == hash(_Span(1, 4, "abc")) and span != _Span(1, 4)
    assert _Span(2, 3).text == "" and repr(_Span(2, 3)) == "_Span(start=2, end=3, text='')"
    assert pickle.loads(pickle.dumps(span)) == span and dataclasses.replace(span, text="x").text == "x"
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.start = 5  # type: ignore[misc]
    with pytest.raises(TypeError):
        _Span(1)  # type: ignore[call-arg]


def test_classes_it_cannot_speed_up_are_returned_unchanged() -> None:
    @dataclass(frozen=True, slots=True)
    class Listed:
        items: list[int] = field(default_factory=list)

    @dataclass(slots=True)
    class Mutable:
        value: int

    @dataclass(frozen=True)
    class Unslotted:
        value: int

    for cls in (Listed, Mutable, Unslotted):
        init = cls.__init__
        assert quick_init(cls) is cls and cls.__init__ is init
