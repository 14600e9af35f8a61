"""Article files in, paragraphs out: plain text, Markdown, or a saved HTML page.

Reading refuses what is not an article with one clear line (a ``DraftError``): an empty
file, a binary one, invalid UTF-8, a file over ``MAX_ARTICLE_BYTES`` (or a text over
``MAX_ARTICLE_CHARS``), a page in which the
extraction library finds no article. HTML goes through trafilatura (the ``html`` extra),
imported only here and only for HTML, so drafting plain text never pays for it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

from quizcli.errors import QuizError

MAX_ARTICLE_BYTES = 4 * 1024 * 1024
MAX_ARTICLE_CHARS = 1_000_000  # the text itself: a long feature is 50,000; a saved page more
MIN_ARTICLE_WORDS = 25
_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".mhtml"}
_HTML_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*<(?:!doctype\s+html|html|head|body)\b", re.I)
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_MD_SUFFIXES = {".md", ".markdown", ".mdown"}
# A transcript's line: "Q. ...", "Q: ...", "ROGER FEDERER: ...", "Grace Mwangi: ...".
_LABEL_LINE = re.compile(r"^(?:Q[.:]\s|[A-Z][\w.'’ -]{0,40}:\s)")


class DraftError(QuizError):
    """An article that cannot be drafted from, or a draft that cannot be written."""


class Paragraph(NamedTuple):
    """One paragraph of an article; ``heading`` for titles, headings and one-line captions."""

    text: str
    heading: bool = False


class Article(NamedTuple):
    """An article's name (the file's), its title when it has one, and its paragraphs."""

    name: str
    title: str | None
    paragraphs: tuple[Paragraph, ...]


def read_article(path: Path) -> Article:
    """Read one article file, whatever its format; raises DraftError for bad input."""
    data = _read_bytes(path)
    html = path.suffix.lower() in _HTML_SUFFIXES
    return read_article_data(
        path.name, data, html=html, markdown=path.suffix.lower() in _MD_SUFFIXES
    )


def read_article_data(
    name: str, data: bytes, *, html: bool = False, markdown: bool = False
) -> Article:
    """Read an article from its bytes (a file's or a fetched page's)."""
    if not data.strip():
        raise DraftError(f"{name}: the file is empty")
    if b"\x00" in data[:65536]:
        raise DraftError(f"{name}: is a binary file, not an article")
    if html or _HTML_START.match(data[:1024]):
        return _from_html(name, data)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DraftError(
            f"{name}: is not valid UTF-8 (byte {error.start}); save the article as UTF-8"
        ) from None
    if _control_share(text) > 0.01:
        raise DraftError(f"{name}: is a binary file, not an article")
    if markdown:
        return _from_markdown(name, text)
    return _from_text(name, text)


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, refusing a missing file, a folder or a file too big to be an article."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise DraftError(f"{path}: is a folder, not an article")
        if size > MAX_ARTICLE_BYTES:
            raise DraftError(f"{path.name}: is {size:,} bytes; articles are limited to 4 MiB")
        with path.open("rb") as handle:
            data = handle.read(MAX_ARTICLE_BYTES + 1)
    except OSError as error:
        raise DraftError(f"{path}: {error.strerror or error}") from None
    if len(data) > MAX_ARTICLE_BYTES:
        raise DraftError(f"{path.name}: is over 4 MiB; articles are limited to 4 MiB")
    return data


def _control_share(text: str) -> float:
    """The share of characters that are control characters other than whitespace."""
    return len(_CONTROLS.findall(text)) / max(len(text), 1)


def _from_text(name: str, text: str) -> Article:
    """Plain text: blank lines part paragraphs; so do single line breaks unless the text is
    hard-wrapped (every line of a block but the last between 50 and 80 characters, or
    sentences broken across lines: ``_unwrapped``)."""
    blocks = re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n").replace("\r", "\n"))
    paragraphs: list[Paragraph] = []
    for block in blocks:
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        wrapped = (
            len(lines) > 1
            and all(50 <= len(line) <= 80 for line in lines[:-1])
            and not any(_LABEL_LINE.match(line) for line in lines[1:])  # Q&A, not wrapping
        )
        for line in [" ".join(lines)] if wrapped else _unwrapped(lines):
            paragraphs.append(Paragraph(_clean(line), _looks_like_heading(line)))
    # A text file's first short line may be a banner as well as a title: not used as one.
    return _article(name, paragraphs, titled=False)


# A line that ends a sentence (its closing quotation mark or bracket after the stop)
_ENDS_SENTENCE = re.compile(r"[.!?…:;][\"”’')\]]*$")
_WRAP_MIN = 40  # a wrapped line's least length: shorter ones end a paragraph or head one
_WRAP_MAX = 100  # ... and its most: a longer one is a paragraph of its own


def _runs_on(line: str) -> bool:
    """Whether a line of a hard-wrapped block runs on into the next: of wrapped length, and
    ending no sentence."""
    return _WRAP_MIN <= len(line) <= _WRAP_MAX and not _ENDS_SENTENCE.search(line)


def _unwrapped(lines: list[str]) -> list[str]:
    """A block's lines, rejoined where a hard-wrapped text broke a sentence: in a block of
    short lines (one in ten at most past 100 characters: a caption, a headline) of which a
    third or more stop mid-sentence, a line of wrapped length that ends no sentence runs on
    into the next (wire copy with no blank lines between its paragraphs, ``... stormed`` /
    ``to a world record-breaking victory``). A line that ends a sentence still ends its
    paragraph; a Q&A label still starts one; a long line stands alone."""
    if len(lines) < 3 or sum(len(line) > _WRAP_MAX for line in lines) * 10 > len(lines):
        return lines
    open_lines = sum(1 for line in lines[:-1] if _runs_on(line))
    if open_lines * 3 < len(lines) - 1:
        return lines
    joined: list[str] = []
    previous = ""
    for line in lines:
        runs_on = _runs_on(previous) and len(line) <= _WRAP_MAX
        if joined and runs_on and not _LABEL_LINE.match(line):
            joined[-1] += " " + line
        else:
            joined.append(line)
        previous = line
    return joined


_MD_HEADING = r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$"
_MD_IMAGE = r"!\[([^\]]*)\]\([^)]*\)"
_MD_LINK = r"\[([^\]]+)\]\([^)]*\)"
_MD_EMPHASIS = r"(\*\*|__|\*|(?<!\w)_)(?=\S)(.+?)(?<=\S)\1(?!\w)"
_MD_RULE = r"^\s{0,3}(?:[-*_]\s*){3,}$"


def _from_markdown(name: str, text: str) -> Article:
    """Markdown: headings become heading paragraphs; links, images, emphasis, block-quote
    and list markers are dropped, keeping their words."""
    paragraphs: list[Paragraph] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            paragraphs.append(Paragraph(_clean(" ".join(current))))
            current.clear()

    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        heading = re.match(_MD_HEADING, raw)
        if heading:
            flush()
            paragraphs.append(Paragraph(_clean(_md_inline(heading[1])), heading=True))
            continue
        line = re.sub(r"^\s{0,3}(?:>\s?)+", "", raw)
        line = re.sub(r"^\s{0,3}(?:[-*+]|\d+[.)])\s+", "", line)
        if not line.strip() or re.match(_MD_RULE, line):
            flush()
            continue
        current.append(_md_inline(line.strip()))
    flush()
    return _article(name, paragraphs)


def _md_inline(line: str) -> str:
    """A Markdown line without images, link targets, emphasis marks and backticks."""
    line = re.sub(_MD_IMAGE, "", line)
    line = re.sub(_MD_LINK, r"\1", line)
    for _ in range(2):
        line = re.sub(_MD_EMPHASIS, r"\2", line)
    return line.replace("`", "")


def _from_html(name: str, data: bytes) -> Article:
    """A saved page: trafilatura finds the article's text (title, then one line a paragraph)."""
    try:
        import trafilatura
    except ImportError:
        raise DraftError(
            f"{name}: reading HTML needs the html extra: pip install 'quizcli[html]'"
        ) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    extracted = trafilatura.extract(
        text, include_comments=False, include_tables=False, favor_precision=True
    )
    if not extracted or len(extracted.split()) < MIN_ARTICLE_WORDS:
        raise DraftError(f"{name}: no article found in this HTML page")
    lines = [line.strip() for line in extracted.split("\n") if line.strip()]
    paragraphs = [Paragraph(_clean(line), _looks_like_heading(line)) for line in lines]
    title = _html_title(trafilatura, text)
    if title and not (paragraphs and paragraphs[0].text == title):
        paragraphs.insert(0, Paragraph(title, heading=True))  # the headline names people in full
    return _article(name, paragraphs)


def _html_title(trafilatura: object, text: str) -> str | None:
    """The page's headline, from its metadata (trafilatura's ``extract_metadata``)."""
    from trafilatura.metadata import extract_metadata

    try:
        metadata = extract_metadata(text)
    except Exception:  # noqa: BLE001 - a page without readable metadata has no title
        return None
    title = getattr(metadata, "title", None) if metadata else None
    return _clean(title) if isinstance(title, str) and title.strip() else None


def _clean(text: str) -> str:
    """One line with single spaces, no-break spaces made plain."""
    # str.split() and the pattern \s+ part words on the same (Unicode) spaces, the
    # no-break space among them; splitting is the cheaper on a 1 MB paragraph
    return " ".join(text.split())


_SENTENCE_END = re.compile(r"[.!?:][\"'”’)]*$")


# A quotation and its attribution: '"The time doesn't lie," said Bowe. "I could tel' (a copy
# cut off mid-word) is a short line that ends no sentence, yet no heading
_ATTRIBUTED = re.compile(
    r"[,!?][\"”’]\s+(?:said|says|added|told|explained|admitted)\b"
    r"|[,!?][\"”’]\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:said|says|added|told|explained|admitted)\b"
)


def _looks_like_heading(line: str) -> bool:
    """A short line that does not end a sentence: a title, a sub-heading or a caption."""
    stripped = line.strip()
    # at most 15 words: split no further than the 16th (a 1 MB paragraph is no heading)
    return (
        len(stripped.split(maxsplit=15)) <= 15
        and not _SENTENCE_END.search(stripped)
        and not _ATTRIBUTED.search(stripped)
    )


# An embedded post's furniture: its picture link and its signature ("— Roland-Garros
# (@rolandgarros) June 10, 2017"), never words of the article or of whoever it quotes.
_EMBED = re.compile(
    r"\s*pic\.twitter\.com/\w+|\s*[—–]\s*[^()—–\n]{1,80}\(@\w{1,30}\)"
    r"(?:\s*[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})?"
)


# A site's shortcode left in its text (WordPress writes its quotes curly or as primes):
# '[link id=”386″ tax=”post_tag” text=”Hellen Obiri”]' is the words of its text attribute;
# '[caption id="x" align="left"]', '[/caption]' are nothing. Never '[sic]' or '[the final]'.
_QUOTE = "\"'“”″‘’"
_SHORTCODE = re.compile(
    rf"\[/[a-z_]{{1,30}}\]|\[[a-z_]{{1,30}}(?:\s+[a-z_-]{{1,30}}=(?:[{_QUOTE}][^\]{_QUOTE}]*[{_QUOTE}]"
    r"|[^\s\]]+))+\s*/?\]"
)
_TEXT_ATTRIBUTE = re.compile(rf"\stext=[{_QUOTE}]([^\]{_QUOTE}]*)[{_QUOTE}]")


def _shortcode(match: re.Match[str]) -> str:
    """What a shortcode shows: its ``text`` attribute, else nothing."""
    text = _TEXT_ATTRIBUTE.search(match[0])
    return text[1] if text else ""


# Quotation marks typed as two backticks or two apostrophes (wire copy, LaTeX habits):
# ``What a game to tie the record,'' Nelson said. ''It doesn't matter,'' said Ovechkin.
_DOUBLED_MARKS = re.compile(r"``|''")
_DOUBLED_PRIME = re.compile(r"``|''|″")


def undoubled(text: str) -> str:
    """``text`` once when it is the same words twice, glued or spaced (a page's caption
    printed with its copy: ``... 178 kilometers (110.6 miles).Germany's Marcel Kittel ...
    178 kilometers (110.6 miles).``); else ``text``."""
    half = len(text) // 2
    if half < 20:
        return text
    for cut in (half, half + 1):
        first, second = text[:half], text[cut:]
        if first == second or (first == second.lstrip() and text[half:cut].isspace()):
            return first
    return text


def _article(name: str, paragraphs: list[Paragraph], titled: bool = True) -> Article:
    """The article, refusing one too short or too long to draft from."""
    if any("(@" in p.text or "pic.twitter" in p.text for p in paragraphs):
        paragraphs = [p._replace(text=_EMBED.sub("", p.text).strip()) for p in paragraphs]
        paragraphs = [p for p in paragraphs if p.text]
    if any("=" in p.text and "[" in p.text for p in paragraphs):
        paragraphs = [
            p._replace(text=_SHORTCODE.sub(_shortcode, p.text).strip()) for p in paragraphs
        ]
        paragraphs = [p for p in paragraphs if p.text]
    size = sum(len(p.text) for p in paragraphs)
    if size > MAX_ARTICLE_CHARS:
        raise DraftError(
            f"{name}: {size:,} characters of text is too long for an article "
            f"(the limit is {MAX_ARTICLE_CHARS:,})"
        )
    # each paragraph's words counted up to one past the least (a 1 MB paragraph is not
    # split into all its words): exact whenever the article is refused as too short
    words = sum(len(p.text.split(maxsplit=MIN_ARTICLE_WORDS)) for p in paragraphs)
    if words < MIN_ARTICLE_WORDS:
        raise DraftError(f"{name}: too short to be an article ({words} words)")
    from quizcli.draft.language import is_english, language_of

    body = " ".join(p.text for p in paragraphs)
    if not is_english(body):
        raise DraftError(
            f"{name}: drafting reads English articles; this one looks like {language_of(body)}"
        )
    from quizcli.draft.apostrophes import apostrophes_mended

    paragraphs = [p._replace(text=apostrophes_mended(undoubled(p.text))) for p in paragraphs]
    if any("''" in p.text or "``" in p.text for p in paragraphs):  # ``What a game,'' he said
        # (a wire feed may close them with a double prime: ``I know we did our best,″ said)
        marks = _DOUBLED_PRIME if any("″" in p.text for p in paragraphs) else _DOUBLED_MARKS
        paragraphs = [p._replace(text=marks.sub('"', p.text)) for p in paragraphs]
    from quizcli.draft.capitals import title_cased_surnames
    from quizcli.draft.glued import unglued
    from quizcli.draft.nicknames import without_nicknames

    paragraphs = [p._replace(text=without_nicknames(p.text)) for p in paragraphs]

    texts = unglued([p.text for p in paragraphs])  # "ElaineThompson-Herah" ... "Thompson-Herah"
    texts = title_cased_surnames(texts)  # "Nico ROSBERG" ... "ROSBERG said"
    paragraphs = [p._replace(text=text) for p, text in zip(paragraphs, texts, strict=True)]
    paragraphs = _uncut(paragraphs)
    if any(_STAMP.match(p.text) for p in paragraphs):
        paragraphs = [p._replace(text=_STAMP.sub("", p.text, count=1)) for p in paragraphs]
        paragraphs = [p for p in paragraphs if p.text]
    title = paragraphs[0].text if titled and paragraphs and paragraphs[0].heading else None
    return Article(name, title, tuple(paragraphs))


# A page's time stamp opening a paragraph, before its dateline or its first sentence
# ("date 2019-08-03 Maria Sakkari came from behind ...", "Published: 2021-05-02 14:10"):
# furniture, never the sentence's subject
_STAMP = re.compile(
    r"^(?:(?:date|published|updated|posted)\s*:?\s*)?\d{4}-\d{2}-\d{2}"
    r"(?:[ T]\d{2}:\d{2}(?::\d{2})?)?(?:\s+|$)",
    re.I,
)
# The words a cut copy ends in: its last (perhaps cut short) and the capitalised ones
# before it, a name it may cut ("said Zimbabwe skipper Graeme Creme", "goalie Tim Th")
# (never a word that ends a sentence: 'said Li. "Wi' keeps its speaker)
_CUT_WORDS = re.compile(r"(?:\s+[A-Z](?:[\w'’-]|\.(?=\w))*)*\s+\S+$")


def _uncut(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """The paragraphs without the name a cut copy may end in (a page stored up to so many
    characters, ``... said Zimbabwe skipper Graeme Creme`` of Graeme Cremer): a last
    paragraph, no heading, that stops on a letter mid-sentence loses its last word and the
    capitalised words before it, so that a name cut short is never a speaker or an
    athlete. The rest of its sentence, and the names in it, are still read."""
    if not paragraphs or paragraphs[-1].heading:
        return paragraphs
    last = paragraphs[-1].text
    if not last[-1:].isalpha():
        return paragraphs
    tail = _CUT_WORDS.search(last, max(0, len(last) - 200))
    if tail is None:
        return paragraphs
    return [*paragraphs[:-1], paragraphs[-1]._replace(text=last[: tail.start()])]
