"""Drafting a bank from news articles: article text in, found facts out, then questions.

``draft(paths, options)`` reads each article (``read``), finds its people (``people``),
quotations with their speakers (``quotes``) and race facts (``results``), makes questions
(``questions``) and returns a ``Draft`` whose ``toml`` is a bank that passes validation.
Pure: no terminal, no store; errors are ``DraftError`` with one line to show.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from quizcli.draft.read import DraftError, read_article
from quizcli.model import QuestionSet, Source

__all__ = ["Draft", "DraftError", "DraftOptions", "draft"]


class DraftOptions(NamedTuple):
    """What the command line may set: the set's id and title, and the source's details."""

    set_id: str | None = None
    title: str | None = None
    source_title: str | None = None
    publisher: str | None = None
    url: str | None = None


class Draft(NamedTuple):
    """The drafted bank, its TOML text, and the findings it was made from (for --json)."""

    bank: QuestionSet
    toml: str
    findings: list[dict[str, Any]]


def draft(paths: list[Path], options: DraftOptions | None = None) -> Draft:
    """Draft one bank from ``paths``; raises DraftError for bad input or nothing to ask."""
    from quizcli.bank.dump import to_document
    from quizcli.draft.people import Cast, lowercase_vocabulary
    from quizcli.draft.questions import Found, Maker
    from quizcli.draft.quotes import read_quotations
    from quizcli.draft.results import FactFinder
    from quizcli.draft.toml import dumps
    from quizcli.draft.words import slug

    options = options or DraftOptions()
    _check_options(options)
    if len(paths) > 1 and (options.source_title or options.publisher or options.url):
        raise DraftError("--source-title, --publisher and --url describe one article; give one")
    articles = [read_article(path) for path in paths]
    texts = [p.text for article in articles for p in article.paragraphs]
    cast = Cast(lowercase=lowercase_vocabulary(texts))
    for article in articles:
        for paragraph in article.paragraphs:
            if not paragraph.heading:
                cast.learn(paragraph.text)
    founds: list[Found] = []
    sources: list[Source] = []
    findings: list[dict[str, Any]] = []
    for path, article in zip(paths, articles, strict=True):
        source_id = slug(path.stem)
        while any(s.id == source_id for s in sources):
            source_id += "-2"
        title = options.source_title or article.title or path.name

        sources.append(Source(source_id, title, options.publisher, options.url))
        reading = read_quotations(article, cast)
        finder = FactFinder(cast)
        found = Found(source_id, len(article.paragraphs), reading.quotations)
        for sentence in reading.sentences:
            found.facts.extend(finder.find(sentence))
        founds.append(found)
        findings.append(_findings(path, found))
    questions = Maker(cast, founds).make()
    if not questions:
        names = ", ".join(path.name for path in paths)
        raise DraftError(f"{names}: found nothing to ask (no attributed quotation, time or place)")
    first = articles[0]
    bank = QuestionSet(
        id=options.set_id or f"{slug(paths[0].stem)}-draft",
        title=options.title or f"Draft: {first.title or paths[0].stem}",
        description="A draft written by quizcli draft: check every question before playing.",
        tags=("draft",),
        sources=tuple(sources),
        questions=tuple(questions),
    )
    header = (
        "DRAFT to be checked: written by `quizcli draft` from "
        + ", ".join(path.name for path in paths)
        + ".\nCheck every question against the article, then trim and edit before playing."
    )
    return Draft(bank, dumps(to_document(bank), header), findings)


def _findings(path: Path, found: Any) -> dict[str, Any]:
    """What one article gave, as JSON-ready data."""
    return {
        "article": str(path),
        "source": found.source,
        "quotations": [{"speaker": q.speaker, "text": q.text} for q in found.quotations],
        "facts": [
            {
                "kind": f.kind,
                "athlete": f.athlete,
                "event": f.event,
                "value": list(f.value) if isinstance(f.value, tuple) else f.value,
                "written": f.written or None,
            }
            for f in found.facts
        ],
    }


def _check_options(options: DraftOptions) -> None:
    """Refuse what would make the draft invalid: a set id that is no slug, a line break."""
    from quizcli.bank.quick import SLUG

    if options.set_id is not None and not SLUG.fullmatch(options.set_id):
        raise DraftError(
            f"--set-id {options.set_id!r} must be a slug: lowercase letters, digits and "
            "single hyphens"
        )
    for name, value in zip(DraftOptions._fields[1:], options[1:], strict=True):
        if value is not None and (not value.strip() or "\n" in value or "\r" in value):
            flag = "--" + name.replace("_", "-")
            raise DraftError(f"{flag} must be one line of text")
