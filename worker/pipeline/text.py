"""Plain-text helpers shared by the stages: HTML to text, text repair, whitespace, titles."""

from __future__ import annotations

import html
import re
import unicodedata

import ftfy
import nh3

# Tags kept through nh3 only so their boundaries can become line breaks; all go afterwards.
_PARAGRAPH_TAGS = frozenset(
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section",
        "article", "header", "footer", "aside", "nav", "main", "address", "figure",
        "figcaption", "table", "ul", "ol", "dl", "hr",
    }
)
_LINE_TAGS = frozenset({"br", "li", "tr", "dt", "dd"})
_CELL_TAGS = frozenset({"td", "th"})
# Elements whose content is never article text.
_DROPPED_CONTENT_TAGS = frozenset(
    {"script", "style", "iframe", "noscript", "textarea", "title", "template", "object", "select"}
)
_HTML_TAG_NAMES = (
    _PARAGRAPH_TAGS
    | _LINE_TAGS
    | _CELL_TAGS
    | _DROPPED_CONTENT_TAGS
    | {"a", "b", "i", "u", "s", "em", "strong", "span", "img", "sup", "sub", "small",
       "code", "font", "center", "html", "body", "head", "meta", "link", "svg", "picture",
       "source", "video", "audio", "cite", "q", "mark", "time", "abbr", "caption", "tbody",
       "thead"}
)

_TAG_ALTERNATION = "|".join(sorted(_HTML_TAG_NAMES, key=lambda tag: (-len(tag), tag)))
_LOOKS_LIKE_HTML = re.compile(rf"<!--|</?(?:{_TAG_ALTERNATION})(?:\s[^<>]*)?/?>", re.IGNORECASE)
_HTML_WHITESPACE = re.compile(r"[ \t\r\n\f]+")
_BREAK_TAG = re.compile(r"</?([a-z0-9]+)\s*/?>")  # nh3 output: lower-case, no attributes
_CONTROL_CHARS = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x9f\ufeff\ufffe\uffff\ud800-\udfff]"
)
_HORIZONTAL_SPACE = re.compile(r"[^\S\n]+")
_MANY_NEWLINES = re.compile(r"\n{3,}")

_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    uncurl_quotes=False,
    fix_character_width=False,
    normalization="NFC",
)


def looks_like_html(text: str) -> bool:
    """True when the text contains a known HTML tag or an HTML comment."""
    return _LOOKS_LIKE_HTML.search(text) is not None


def html_to_text(markup: str) -> str:
    """Strip all markup, keeping text; paragraphs and ``<br>`` become line breaks."""
    cleaned = nh3.clean(
        markup,
        tags=set(_PARAGRAPH_TAGS | _LINE_TAGS | _CELL_TAGS),
        clean_content_tags=set(_DROPPED_CONTENT_TAGS),
        attributes={},
        link_rel=None,
    )
    cleaned = _HTML_WHITESPACE.sub(" ", cleaned)
    cleaned = _BREAK_TAG.sub(_break_for_tag, cleaned)
    return normalize_whitespace(html.unescape(cleaned))


def _break_for_tag(match: re.Match[str]) -> str:
    if match.group(1) in _PARAGRAPH_TAGS:
        return "\n\n"
    if match.group(1) in _CELL_TAGS:
        return " "
    return "" if match.group(0).startswith("</") else "\n"


def strip_control_chars(text: str) -> str:
    """Remove C0/C1 controls, BOMs, noncharacters and lone surrogates; CR/CRLF become LF.

    Tab, vertical tab and form feed stay: `normalize_whitespace` turns them into spaces.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL_CHARS.sub("", text)


def normalize_whitespace(text: str) -> str:
    """Collapse runs of spaces and tabs, trim lines, keep at most one blank line between paragraphs."""
    lines = (_HORIZONTAL_SPACE.sub(" ", line).strip() for line in text.split("\n"))
    return _MANY_NEWLINES.sub("\n\n", "\n".join(lines)).strip()


def clean_text(text: str) -> str:
    """Repaired, NFC, control-free plain text with line and paragraph breaks kept.

    Cleaning repeats (at most three times) until the text stops changing, because one
    round can uncover more: escaped markup once unescaped, or mojibake once controls go.
    """
    cleaned = _clean_once(text)
    for _ in range(2):
        if cleaned == text:
            break
        text, cleaned = cleaned, _clean_once(cleaned)
    return cleaned


def _clean_once(text: str) -> str:
    text = ftfy.fix_text(text, _FTFY_CONFIG)
    if looks_like_html(text):
        text = html_to_text(text)
    text = unicodedata.normalize("NFC", strip_control_chars(text))
    return normalize_whitespace(text)


def clean_line(text: str) -> str:
    """Like `clean_text`, folded onto a single line (before repair too, so that the repair sees what a second pass would)."""
    return " ".join(clean_text(" ".join(text.split())).split())


def truncate(text: str, max_chars: int, *, ellipsis: str = "") -> str:
    """Cut text to at most ``max_chars``, preferring a paragraph, sentence, then word boundary."""
    if len(text) <= max_chars:
        return text
    limit = max_chars - len(ellipsis)
    head = text[:limit]
    floor = limit * 3 // 4  # a boundary this late keeps most of the text
    for pattern in (r"\n", r"[.!?][\"'”’)]?\s", r"\s"):
        ends = [m.end() for m in re.finditer(pattern, head)]
        if ends and ends[-1] > floor:
            return head[: ends[-1]].rstrip() + ellipsis
    return head.rstrip() + ellipsis


_DATELINE_DASH = re.compile(r"^(?P<head>[^\n—–]{1,60}?)\s+[—–]\s+(?=\S)")
_DATELINE_HYPHEN = re.compile(r"^(?P<head>[^\n\-—–]{1,60}?)\s+--?\s+(?=\S)")
_SENTENCE_END = re.compile(r"[.!?…](?=[\"'”’)]?(?:\s|$))")
_NON_WORD = re.compile(r"[^\w.]")
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "gov", "sen", "rep", "no", "vs",
     "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc",
     "corp", "co", "ltd", "jr", "sr", "prof", "capt", "maj", "adm", "pres", "approx", "etc"}
)


def strip_dateline(sentence: str) -> str:
    """Drop a leading dateline such as ``Kursk, Russia — `` or ``KYIV (Reuters) - ``.

    An em or en dash marks a dateline when the part before it is short and holds no
    sentence end; a plain hyphen only when that part looks like a place or agency tag
    (has a comma or parentheses, or is all capitals).
    """
    match = _DATELINE_DASH.match(sentence)
    if match is None:
        match = _DATELINE_HYPHEN.match(sentence)
        if match is not None:
            head = match.group("head")
            if not ("," in head or "(" in head or head.isupper()):
                match = None
    if match is None or _SENTENCE_END.search(match.group("head")):
        return sentence
    return sentence[match.end():]


def first_sentence(text: str) -> str:
    """The first sentence of the first non-empty line, skipping common abbreviations."""
    line = next((ln.strip() for ln in text.split("\n") if ln.strip()), "")[:1000]
    for match in _SENTENCE_END.finditer(line):
        word = _NON_WORD.split(line[max(0, match.start() - 40) : match.start()])[-1]
        if word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper()) or "." in word:
            continue  # "Mr.", "J.", "U.S." end a word, not the sentence
        return line[: match.end()]
    return line


def derive_title(text: str, *, max_chars: int = 120) -> str:
    """A title for untitled text: its first sentence without dateline, capped at a word boundary."""
    title = strip_dateline(first_sentence(text)).strip()
    if title.endswith(".") and not title.endswith(".."):
        title = title[:-1]
    title = " ".join(title.split())
    if len(title) <= max_chars:
        return title
    cut = title[: max_chars - 1]
    space = cut.rfind(" ")
    if space > max_chars // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:—–-") + "…"
