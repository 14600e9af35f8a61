"""What every format reader shares: reading the file, plain text out of HTML, and the
last step that turns a reader's question tables into a checked bank.

A reader returns a :class:`Parsed`: question tables (in the bank format's shape, with the
line each question starts on and the title it had), the questions it had to skip and why,
and notes for the summary. :func:`finish` gives each question a valid, unique id, cleans its
text, runs the loader's own checks on it (a question that fails them is skipped with the
loader's words) and returns an :class:`Imported` holding a :class:`CheckedBank`, exactly what
the TOML loader produces, so the cache, ``list`` and ``play`` treat it like any bank.
"""

from __future__ import annotations

import html
import re
import stat as stat_module
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from quizcli.bank.checked import CheckedBank
from quizcli.bank.rules import question_problems
from quizcli.errors import BankError, Problem

Table = dict[str, Any]

# The largest file any reader takes: a 100 MB download is refused from its size alone.
MAX_IMPORT_BYTES = 64 * 1024 * 1024
MAX_ID_LENGTH = 48


class Skip(NamedTuple):
    """A question left out: where it starts, the title it had (if any) and why."""

    line: int
    title: str | None
    reason: str

    def label(self) -> str:
        """How a skip line names the question: its title, else its line."""
        return self.title if self.title else f"at line {self.line}"


class Item(NamedTuple):
    """A question a reader understood: its table, where it starts and its title."""

    line: int
    title: str | None
    table: Table


class Parsed:
    """What a reader got out of a file."""

    def __init__(self) -> None:
        self.items: list[Item] = []
        self.skipped: list[Skip] = []
        self.notes: list[str] = []
        # Set by a reader whose items carry positions other than lines (Open Trivia DB's
        # result indices): turns the final skips' positions into lines.
        self.relocate: Callable[[list[Skip]], list[Skip]] | None = None

    def add(self, line: int, title: str | None, table: Table) -> None:
        """Keep a question."""
        self.items.append(Item(line, title, table))

    def skip(self, line: int, title: str | None, reason: str) -> None:
        """Leave a question out, saying why."""
        self.skipped.append(Skip(line, title, reason))


class Imported:
    """A file converted: the checked bank, what was skipped, and notes for the summary."""

    def __init__(
        self, format_name: str, bank: CheckedBank, skipped: list[Skip], notes: list[str]
    ) -> None:
        self.format = format_name
        self.bank = bank
        self.skipped = skipped
        self.notes = notes

    @property
    def kinds(self) -> dict[str, int]:
        """How many questions of each kind were imported."""
        counts: dict[str, int] = {}
        for question in self.bank.questions:
            counts[question["kind"]] = counts.get(question["kind"], 0) + 1
        return counts


def error(name: str, message: str, line: int = 1) -> BankError:
    """The one-line error for a file that cannot be imported at all."""
    return BankError([Problem(name, line, message)])


def read_bytes(path: Path) -> bytes:
    """The bytes of the file at ``path``; BankError for what cannot be a question file."""
    name = str(path)
    try:
        info = path.stat()
        if stat_module.S_ISDIR(info.st_mode):
            raise error(name, "is a folder, not a question file")
        if not stat_module.S_ISREG(info.st_mode):
            raise error(name, "is not a regular file (a pipe or a device cannot be imported)")
        if info.st_size > MAX_IMPORT_BYTES:
            raise _too_big(name, f"{info.st_size:,} bytes")
        with path.open("rb") as handle:
            data = handle.read(MAX_IMPORT_BYTES + 1)
    except FileNotFoundError:
        raise error(name, "no such file") from None
    except PermissionError:
        raise error(name, "cannot be read (permission denied)") from None
    except OSError as problem:
        raise error(name, f"cannot be read ({problem.strerror or problem})") from None
    if len(data) > MAX_IMPORT_BYTES:
        raise _too_big(name, f"more than {MAX_IMPORT_BYTES:,} bytes")
    if not data.strip():
        raise error(name, "is empty")
    return data


def _too_big(name: str, size: str) -> BankError:
    limit = MAX_IMPORT_BYTES // (1024 * 1024)
    return error(name, f"is {size}; imported files are limited to {limit} MiB")


def decode(data: bytes, name: str, what: str, *, fallback: bool = False) -> tuple[str, str | None]:
    """The text of ``data`` and, when it was not UTF-8, a note naming the encoding used.

    UTF-8 (with or without a byte-order mark) always; UTF-16 with its byte-order mark and,
    when ``fallback`` (spreadsheets), Windows-1252, as Excel saves them.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = _lf(data.decode("utf-16"))
            return text, f"{name}: read as UTF-16 (its byte-order mark says so)"
        except UnicodeDecodeError:
            raise error(name, "says it is UTF-16 but is not valid UTF-16") from None
    if b"\x00" in data:
        raise error(name, f"is a binary file, not {what}", data.count(b"\n", 0, data.index(0)) + 1)
    try:
        return _lf(data.decode("utf-8-sig")), None
    except UnicodeDecodeError as problem:
        line = data.count(b"\n", 0, problem.start) + 1
        if fallback:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                raise error(name, "is neither UTF-8 nor Windows-1252 (cp1252) text", line) from None
            return _lf(text), f"{name}: not UTF-8 (line {line}); read as Windows-1252 (cp1252)"
        raise error(name, f"is not UTF-8 text ({what} must be saved as UTF-8)", line) from None


def _lf(text: str) -> str:
    """Windows line ends (CRLF) as LF, so that every reader splits lines alike."""
    return text.replace("\r\n", "\n") if "\r" in text else text


# --- text ---------------------------------------------------------------------------------

_BREAK = re.compile(r"<\s*(?:br\s*/?|/?\s*p|/?\s*div|/?\s*li|/?\s*tr|/?\s*h[1-6])\b[^>]*>", re.I)
# Only tags HTML has: "<Constance>" or "a < b > c" in a question is text, not markup.
HTML_TAGS = (
    "a|abbr|audio|b|big|blockquote|br|center|cite|code|col|colgroup|dd|del|div|dl|dt|em|"
    "embed|font|h[1-6]|hr|i|iframe|img|ins|kbd|li|mark|object|ol|p|pre|q|s|samp|small|"
    "source|span|strike|strong|sub|sup|table|tbody|td|tfoot|th|thead|tr|tt|u|ul|var|video"
)
_TAG = re.compile(rf"<!--.*?-->|</?(?:{HTML_TAGS})\b[^<>]*>", re.S | re.I)
_MEDIA = re.compile(r"<\s*(img|audio|video|object|embed|source|iframe)\b", re.I)
_SPACES = re.compile(r"[ \t\f\v\xa0]+")


def html_to_text(text: str) -> str:
    """HTML as plain text: tags stripped, entities decoded, ``<br>`` and ``<p>`` as breaks."""
    if "<" in text:
        text = _BREAK.sub("\n", text)
        text = _TAG.sub("", text)
    return tidy(html.unescape(text))


_UNTIDY = re.compile(r"[\t\f\v\xa0]")


_EMPTY_LINES = re.compile(r"\n{3,}")


def tidy(text: str) -> str:
    """Text with runs of blanks as one space, no blank edges, at most one empty line."""
    if "\n" not in text and "\r" not in text:  # one line: the common case, scanned in C
        if "  " in text or _UNTIDY.search(text):
            text = _SPACES.sub(" ", text)
        return text.strip()
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = "\n".join(lines).strip("\n")
    return _EMPTY_LINES.sub("\n\n", text)


def one_line(text: str) -> str:
    """Text for a one-line field (an option, an answer, a tag): breaks become spaces."""
    return " ".join(text.split())


def media_reason(raw: str) -> str | None:
    """Why a question whose raw text is ``raw`` cannot be played without a file, or None."""
    found = _MEDIA.search(raw)
    if found:
        what = found.group(1).lower()
        noun = {"img": "an image", "audio": "audio", "source": "audio or video"}.get(
            what, "a video" if what == "video" else "an embedded file"
        )
        return f"needs {noun} (<{what}>) that a terminal cannot show"
    if "@@PLUGINFILE@@" in raw:
        return "needs a file attached in Moodle (@@PLUGINFILE@@)"
    link = _MEDIA_LINK.search(raw)
    if link:
        noun = "audio" if link.group(2).lower() in _AUDIO else "a video"
        return f"needs {noun} ({link.group(1)}) that a terminal cannot play"
    if re.search(r"\[sound:[^\]]*\]", raw):
        return "needs audio ([sound:...]) that a terminal cannot play"
    return None


_AUDIO = frozenset({"mp3", "wav", "ogg", "oga", "m4a", "aac", "flac", "opus", "wma"})
_VIDEO = ("mp4", "m4v", "webm", "mov", "avi", "mkv", "ogv", "wmv", "flv")
# A link or source naming a sound or video file: the question is about what it plays.
_MEDIA_LINK = re.compile(
    rf"""(?:href|src)\s*=\s*["']?([^"'\s>]*?\.({"|".join(sorted(_AUDIO) + list(_VIDEO))}))"""
    r"""(?:[?#][^"'\s>]*)?["'\s>]""",
    re.I,
)
_MEDIA_TAG = re.compile(
    r"<\s*(img|audio|video|object|embed|source|iframe)\b[^>]*>(?:.*?</\s*\1\s*>)?", re.I | re.S
)


def without_media(raw: str) -> str:
    """HTML with its images, sounds and videos taken out (for a feedback that is still worth
    showing without them), Anki's ``[sound:...]`` references too."""
    if "<" in raw:
        raw = _MEDIA_TAG.sub("", raw)
    return _SOUND.sub("", raw) if "[sound:" in raw else raw


_SOUND = re.compile(r"\[sound:[^\]]*\]")


_WORD = re.compile(r"[a-z0-9]+")


def slug(text: str) -> str:
    """A slug (``[a-z0-9]+(-[a-z0-9]+)*``) made from any text, possibly empty."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    ascii_text = text.lower()
    words = _WORD.findall(ascii_text)
    result = ""
    for word in words:
        candidate = f"{result}-{word}" if result else word
        if len(candidate) > MAX_ID_LENGTH:
            break
        result = candidate
    return result


def number_text(value: float) -> int | float:
    """A number as the bank writes it: an int when it is whole and was written so."""
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else value


# --- the last step ------------------------------------------------------------------------

_CLEAN_ONE_LINE = frozenset({"answer", "attribution", "unit", "kind", "difficulty"})
_CLEAN_LISTS = ("choices", "answer", "accept", "reject", "tags")


_KEY_ORDER = {
    key: n
    for n, key in enumerate(
        ("id", "kind", "prompt", "quote", "attribution", "difficulty", "tags", "group")
        + ("source", "choices", "answer", "tolerance", "unit", "accept", "reject")
        + ("explanation", "hint")
    )
}


_OPTIONAL = frozenset({"explanation", "hint", "quote", "unit", "attribution"})


def _clean(table: Table, qid: str) -> Table:
    """The table with its id first and its keys in the bank's order; one-line fields on
    one line; empty optional fields left out."""
    out: Table = {"id": qid}
    for key in _KEY_ORDER:
        if key == "id" or key not in table:
            continue
        value = table[key]
        if type(value) is str:
            value = one_line(value) if key in _CLEAN_ONE_LINE else tidy(value)
            if not value and key in _OPTIONAL:
                continue
        elif type(value) is list and key in _CLEAN_LISTS:
            items = [one_line(item) if type(item) is str else item for item in value]
            if key in ("tags", "accept", "reject"):
                items = list(dict.fromkeys(item for item in items if item))
                if not items:
                    continue
            value = items
        out[key] = value
    for key in table.keys() - _KEY_ORDER.keys():  # a reader's mistake: the checks name it
        out[key] = table[key]
    return out


_SURROGATE = re.compile("[\ud800-\udfff]")


def scrub(text: str) -> str:
    """Lone surrogates, which only a JSON escape can put in a string, as U+FFFD (they
    cannot be written as UTF-8). Text from every other format is decoded bytes: it has none."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def finish(
    parsed: Parsed,
    format_name: str,
    set_id: str,
    title: str,
    description: str | None = None,
) -> Imported:
    """Give ids, clean, check: the questions that pass make the bank, the rest are skipped."""
    seen: set[str] = set()
    questions: list[Table] = []
    skipped = list(parsed.skipped)
    for number, item in enumerate(parsed.items, start=1):
        base = slug(item.title or "") or _prompt_slug(item.table.get("prompt")) or f"q{number}"
        qid, suffix = base, 2
        while qid in seen:
            qid = f"{base}-{suffix}"
            suffix += 1
        table = _clean(item.table, qid)
        problems = question_problems(table)
        if problems:
            skipped.append(Skip(item.line, item.title, problems[0]))
            continue
        seen.add(qid)
        questions.append(table)
    if parsed.relocate is not None and skipped:
        skipped = parsed.relocate(skipped)
    skipped.sort(key=lambda skip: skip.line)
    set_table: Table = {"id": set_id, "title": one_line(title) or set_id}
    if description:
        set_table["description"] = description
    return Imported(format_name, CheckedBank(set_table, [], questions), skipped, parsed.notes)


def _prompt_slug(prompt: object) -> str:
    """An id from the first words of a prompt, for a question without a title."""
    if not isinstance(prompt, str):
        return ""
    return slug(" ".join(prompt.split()[:6]))


class Exported(NamedTuple):
    """A bank written in another format: the text, the questions left out, notes."""

    text: str
    skipped: list[tuple[str, str]]
    notes: list[str]


def lost_fields(questions: Any, fields: dict[str, str], format_label: str) -> list[str]:
    """Notes naming the fields ``format_label`` cannot hold, with how many questions had them."""
    notes = []
    for field, noun in fields.items():
        count = sum(1 for q in questions if getattr(q, field, None) not in (None, (), "medium"))
        if count:
            notes.append(f"{format_label} has no place for {noun}: dropped ({count} questions)")
    return notes


def no_questions(name: str, imported: Imported) -> BankError:
    """The error for a file from which not one question could be imported."""
    if imported.skipped:
        first = imported.skipped[0]
        more = len(imported.skipped) - 1
        tail = f" (and {more} more skipped)" if more else ""
        return error(name, f"no question could be imported: {first.reason}{tail}", first.line)
    return error(name, "holds no question")


Reader = Callable[[str, str], Parsed]
