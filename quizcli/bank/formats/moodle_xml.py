"""Moodle XML, Moodle's full question format, in and out.

As Moodle's documentation defines it (docs.moodle.org, "Moodle XML format"): a ``<quiz>``
of ``<question type="...">`` elements. Read: multichoice (single and multiple, with
fractions), truefalse, shortanswer, numerical (tolerance, unit), category (tags), CDATA and
HTML text, generalfeedback, hint and tags. Parsed with defusedxml, which refuses entity
declarations and external entities: an XML bomb or an ``<!ENTITY x SYSTEM "file:...">`` is
refused in one line, never expanded.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

from quizcli.bank.formats.common import (
    Exported,
    Parsed,
    Table,
    error,
    html_to_text,
    lost_fields,
    media_reason,
    number_text,
    tidy,
    without_media,
)
from quizcli.bank.formats.gift import category_tags
from quizcli.model import (
    ChoiceQuestion,
    MultiQuestion,
    NumberQuestion,
    Question,
    TextQuestion,
    TimeQuestion,
    TrueFalseQuestion,
)

Element = Any  # xml.etree.ElementTree.Element, as defusedxml returns it
_WILDCARD = re.compile(r"(?<!\\)\*")
_QUESTION_TAG = re.compile(r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<question\b", re.S)


def read(text: str, name: str) -> Parsed:
    """Every question of a Moodle XML file."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        root = fromstring(text)
    except DefusedXmlException:
        raise error(
            name,
            "refused: the XML declares entities (an XML bomb or an external file such as "
            "file:///etc/passwd is never expanded)",
        ) from None
    except ParseError as problem:
        line = problem.position[0] if problem.position else 1
        raise error(name, f"invalid XML: {problem}", line) from None
    except (ValueError, RecursionError) as problem:
        raise error(name, f"invalid XML: {problem}") from None
    if root.tag != "quiz":
        raise error(name, f"not Moodle XML: the root element is <{root.tag}>, not <quiz>")
    lines = [
        text.count("\n", 0, found.start()) + 1
        for found in _QUESTION_TAG.finditer(text)
        if found.group().startswith("<question")
    ]
    parsed = Parsed()
    tags: list[str] = []
    for index, element in enumerate(root.iter("question")):
        line = lines[index] if index < len(lines) else 1
        kind = element.get("type", "")
        if kind == "category":
            tags = category_tags(element.findtext("category/text") or "")
            continue
        title = tidy(element.findtext("name/text") or "") or None
        reason = _question(parsed, element, kind, line, title, tags)
        if reason is not None:
            parsed.skip(line, title, reason)
    return parsed


def _text(element: Element | None, *, keep_media: bool = True) -> str:
    """The plain text of a ``<questiontext>``-like element (its ``<text>``, by its format),
    without its images and sounds unless ``keep_media``."""
    if element is None:
        return ""
    raw = element.findtext("text") or ""
    if not keep_media:
        raw = without_media(raw)
    if element.get("format", "html") in ("plain_text", "markdown"):
        return tidy(raw)
    return html_to_text(raw)


def _question(
    parsed: Parsed, element: Element, kind: str, line: int, title: str | None, tags: list[str]
) -> str | None:
    """Add one question; the reason when it cannot be played."""
    # The general feedback only explains: an image there is dropped, the question kept.
    asked = [child for child in element if child.tag != "generalfeedback"]
    if any(
        child.tag in ("image", "image_base64") and (child.text or "").strip() for child in asked
    ):
        return "needs an image (<image>, Moodle 1.9) that a terminal cannot show"
    if any(child.find(".//file") is not None or child.tag == "file" for child in asked):
        return "needs a file attached in Moodle (<file>)"
    media = media_reason("".join("".join(child.itertext()) for child in asked))
    if media:
        return media
    table: Table = {"prompt": _text(element.find("questiontext"))}
    own_tags = [tidy(t.text or "") for t in element.findall("tags/tag/text")]
    if tags or own_tags:
        table["tags"] = [*tags, *own_tags]
    explanation = _text(element.find("generalfeedback"), keep_media=False)
    if explanation:
        table["explanation"] = explanation
    hint = _text(element.find("hint"))
    if hint:
        table["hint"] = hint
    answers = [
        (_fraction(answer.get("fraction")), _text(answer), answer)
        for answer in element.findall("answer")
    ]
    if kind == "multichoice":
        return _multichoice(parsed, element, table, answers, line, title)
    if kind == "truefalse":
        right = [text.lower() for fraction, text, _ in answers if fraction > 0]
        if not right or right[0] not in ("true", "false"):
            return "a true/false question needs a right answer of true or false"
        table["kind"], table["answer"] = "truefalse", right[0] == "true"
    elif kind == "shortanswer":
        right = [text for fraction, text, _ in sorted(answers, key=lambda a: -a[0]) if fraction > 0]
        if not right:
            return "no answer is right"
        if any(_WILDCARD.search(text) for text in right):
            return "a wildcard (*) answer cannot be matched by quizcli"
        right = [text.replace("\\*", "*") for text in right]  # \* is a literal asterisk
        table["kind"], table["answer"], table["accept"] = "text", right[0], right[1:]
        # A 0% answer is a named wrong one (a near miss): quizcli's reject list.
        table["reject"] = [
            text.replace("\\*", "*")
            for fraction, text, _ in answers
            if fraction <= 0 and not _WILDCARD.search(text)
        ]
    elif kind == "numerical":
        return _numerical(parsed, element, table, answers, line, title)
    else:
        return f"{kind or 'typeless'} questions cannot be played in quizcli"
    parsed.add(line, title, table)
    return None


def _fraction(value: str | None) -> float:
    try:
        fraction = float(value or 0)
    except ValueError:
        return 0.0
    return fraction if math.isfinite(fraction) else 0.0


def _multichoice(
    parsed: Parsed,
    element: Element,
    table: Table,
    answers: list[tuple[float, str, Element]],
    line: int,
    title: str | None,
) -> str | None:
    single = (element.findtext("single") or "true").strip().lower() in ("true", "1")
    choices = [text for _, text, _ in answers]
    right = [text for fraction, text, _ in answers if fraction > 0]
    if not right:
        return "no answer has a positive fraction"
    table["choices"] = choices
    if single or len(right) == 1:
        best = max(answers, key=lambda a: a[0])
        table["kind"], table["answer"] = "choice", best[1]
    else:
        table["kind"], table["answer"] = "multi", right
    feedback = [_text(a.find("feedback")) for fraction, _, a in answers if fraction > 0]
    if "explanation" not in table and feedback and feedback[0]:
        table["explanation"] = feedback[0]
    parsed.add(line, title, table)
    return None


def _numerical(
    parsed: Parsed,
    element: Element,
    table: Table,
    answers: list[tuple[float, str, Element]],
    line: int,
    title: str | None,
) -> str | None:
    usable = [(f, t, a) for f, t, a in answers if f > 0 and t.strip() != "*"]
    if not usable:
        return "no numerical answer is right"
    fraction, text, answer = max(usable, key=lambda a: a[0])
    try:
        value = float(text)
        tolerance = abs(float(answer.findtext("tolerance") or 0))
    except ValueError:
        return f"numerical answer {text!r} is not a number"
    if not (math.isfinite(value) and math.isfinite(tolerance)):
        return f"numerical answer {text!r} is not a finite number"
    table["kind"], table["answer"] = "number", number_text(value)
    if tolerance:
        table["tolerance"] = number_text(tolerance)
    for unit in element.findall("units/unit"):
        if _fraction(unit.findtext("multiplier") or "1") == 1 and unit.findtext("unit_name"):
            table["unit"] = tidy(unit.findtext("unit_name") or "")
            break
    parsed.add(line, title, table)
    return None


# --- export -------------------------------------------------------------------------------


def _field(tag: str, text: str, indent: str = "    ") -> str:
    return f'{indent}<{tag} format="plain_text">\n{indent}  <text>{xml_escape(text)}</text>\n' + (
        f"{indent}</{tag}>"
    )


def _answer(fraction: float, text: str, extra: str = "") -> str:
    return (
        f'    <answer fraction="{fraction:g}" format="plain_text">\n'
        f"      <text>{xml_escape(text)}</text>{extra}\n    </answer>"
    )


def write(questions: Sequence[Question], set_title: str) -> Exported:
    """The questions as a Moodle XML quiz; order questions are left out and named."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<quiz>"]
    skipped: list[tuple[str, str]] = []
    written: list[Question] = []
    for question in questions:
        body = _answers(question)
        if body is None:
            skipped.append((question.id, f"Moodle XML import has no {question.kind} question"))
            continue
        moodle_type, parts = body
        prompt = question.prompt
        if isinstance(question, TimeQuestion):
            prompt += " (answer in seconds)"
        out.append(f"  <question type={quoteattr(moodle_type)}>")
        out.append(f"    <name>\n      <text>{xml_escape(question.id)}</text>\n    </name>")
        out.append(_field("questiontext", prompt))
        if question.explanation:
            out.append(_field("generalfeedback", question.explanation))
        out.extend(parts)
        if question.hint:
            out.append(_field("hint", question.hint))
        if question.tags:
            tags = "".join(f"<tag><text>{xml_escape(t)}</text></tag>" for t in question.tags)
            out.append(f"    <tags>{tags}</tags>")
        out.append("  </question>")
        written.append(question)
    out.append("</quiz>")
    fields = {"difficulty": "difficulty", "quote": "quotations", "source": "sources"}
    fields["group"] = "groups"
    notes = lost_fields(written, fields, "Moodle XML")
    times = sum(1 for q in written if isinstance(q, TimeQuestion))
    if times:
        notes.append(f"{times} time question(s) written as numerical questions in seconds")
    return Exported("\n".join(out) + "\n", skipped, notes)


def _answers(question: Question) -> tuple[str, list[str]] | None:
    if isinstance(question, ChoiceQuestion):
        parts = ["    <single>true</single>"]
        parts += [_answer(100 if c == question.answer else 0, c) for c in question.choices]
        return "multichoice", parts
    if isinstance(question, MultiQuestion):
        right = round(100 / len(question.answer), 5)
        parts = ["    <single>false</single>"]
        parts += [_answer(right if c in question.answer else -right, c) for c in question.choices]
        return "multichoice", parts
    if isinstance(question, TrueFalseQuestion):
        return "truefalse", [
            _answer(100 if question.answer else 0, "true"),
            _answer(0 if question.answer else 100, "false"),
        ]
    if isinstance(question, TextQuestion):
        # A short answer's * is a wildcard in Moodle; \* is the character itself.
        answers = [(100, a) for a in (question.answer, *question.accept)]
        answers += [(0, r) for r in question.reject]
        return "shortanswer", [_answer(f, a.replace("*", "\\*")) for f, a in answers]
    if isinstance(question, NumberQuestion | TimeQuestion):
        value = question.answer if isinstance(question, NumberQuestion) else question.seconds
        tolerance = f"\n      <tolerance>{number_text(question.tolerance)}</tolerance>"
        parts = [_answer(100, str(number_text(value)), tolerance)]
        if isinstance(question, NumberQuestion) and question.unit:
            parts.append(
                "    <units><unit><multiplier>1</multiplier>"
                f"<unit_name>{xml_escape(question.unit)}</unit_name></unit></units>"
            )
        return "numerical", parts
    return None
