"""Drafting a bank from news articles: article text in, found facts out, then questions.

``draft(sources, options)`` reads each article file (``read``) or address (``fetch``),
refuses one not in English (``language``), finds its people (``people``, ``nations``),
quotations with their speakers (``quotes``) and results (``results``, ``clock``,
``scores``), makes questions (``questions``) and returns a ``Draft`` whose ``toml`` is a
bank that passes validation; what was found but not asked is listed with the reason.
Pure: no terminal, no store; errors are ``DraftError`` with one line to show.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from quizcli.draft.read import Article, DraftError, read_article
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


def draft(sources: list[Path] | list[str], options: DraftOptions | None = None) -> Draft:
    """Draft one bank from files or http(s) addresses; raises DraftError for bad input or
    nothing to ask."""
    from quizcli.bank.dump import to_document
    from quizcli.draft.carried_wins import carried_wins
    from quizcli.draft.described_subjects import described_subjects
    from quizcli.draft.fetch import fetch_article, is_url
    from quizcli.draft.people import Cast, lowercase_vocabulary, team_members
    from quizcli.draft.questions import Found, Maker
    from quizcli.draft.quotes import Sentence, read_quotations
    from quizcli.draft.racing import is_horse_racing, told_racing
    from quizcli.draft.results import FactFinder
    from quizcli.draft.short_names import short_names
    from quizcli.draft.side_pronouns import they_scores
    from quizcli.draft.tally_lines import tally_lines
    from quizcli.draft.team_titles import team_titles
    from quizcli.draft.titles_won import HINT, titles_won
    from quizcli.draft.toml import dumps
    from quizcli.draft.words import slug

    options = options or DraftOptions()
    _check_options(options)
    if len(sources) > 1 and (options.source_title or options.publisher or options.url):
        raise DraftError("--source-title, --publisher and --url describe one article; give one")
    articles = [
        fetch_article(str(source)) if is_url(str(source)) else read_article(Path(source))
        for source in sources
    ]
    paths = [Path(article.name) for article in articles]
    urls = [str(source) if is_url(str(source)) else None for source in sources]
    texts = [p.text for article in articles for p in article.paragraphs]
    cast = Cast(lowercase=lowercase_vocabulary(texts), members=team_members(texts))
    cast.racing = is_horse_racing(texts)
    cast.short_names = short_names(texts)  # "Harbour Rovers (HR)": HR is Harbour Rovers
    for article in articles:
        for paragraph in article.paragraphs:
            if not paragraph.heading or paragraph.text == article.title:
                cast.learn(paragraph.text)  # the headline often names people in full
    founds: list[Found] = []
    bank_sources: list[Source] = []
    findings: list[dict[str, Any]] = []
    for path, article, address, given in zip(paths, articles, urls, sources, strict=True):
        source_id = slug(path.stem)
        while any(s.id == source_id for s in bank_sources):
            source_id += "-2"
        title = options.source_title or article.title or path.name

        bank_sources.append(Source(source_id, title, options.publisher, options.url or address))
        reading = read_quotations(article, cast)
        reading.sentences = described_subjects(article, reading, cast)
        finder = FactFinder(cast, reading.sentences)
        found = Found(source_id, len(article.paragraphs), reading.quotations, _headlines(article))
        before: Sentence | None = None
        for sentence in reading.sentences:
            found.facts.extend(finder.find(sentence))
            found.facts.extend(they_scores(finder, sentence, before))  # "They beat X 2-1"
            found.facts.extend(tally_lines(finder, sentence))  # "A 7.2 (44) def B 4.3 (27)"
            before = sentence
            found.facts.extend(carried_wins(finder, sentence))  # "powered X to a win over Y"
            if HINT.search(sentence.masked):  # "X retained his WBX middleweight title"
                found.facts.extend(titles_won(finder, sentence))
        found.facts = finder.settled(found.facts)
        found.facts += team_titles(reading.sentences, found.facts, frozenset(cast.people()))
        if cast.racing or told_racing(texts):
            from quizcli.draft.horse_places import horse_places  # (compiled only then)
            from quizcli.draft.horses import horse_wins, runners

            shown = runners(cast, reading.sentences)
            wins = horse_wins(cast, reading.sentences, shown)
            found.facts += wins + horse_places(reading.sentences, wins, shown.horses)
        founds.append(found)
        findings.append(_findings(str(given), found))
        findings[-1]["not_asked"] = [
            {"why": why, "sentence": sentence.text[:200]} for why, sentence in finder.skipped
        ]
    maker = Maker(cast, founds)
    questions = maker.make()
    for item in maker.not_asked:
        for finding in findings:
            if finding["source"] == item["source"]:
                finding["not_asked"].append({"why": item["why"], "sentence": item["sentence"]})
    if not questions:
        names = ", ".join(path.name for path in paths)
        raise DraftError(f"{names}: found nothing to ask (no attributed quotation, time or place)")
    first = articles[0]
    bank = QuestionSet(
        id=options.set_id or f"{slug(paths[0].stem)}-draft",
        title=options.title or f"Draft: {first.title or paths[0].stem}",
        description="A draft written by quizcli draft: check every question before playing.",
        tags=("draft",),
        sources=tuple(bank_sources),
        questions=tuple(questions),
    )
    header = (
        "DRAFT to be checked: written by `quizcli draft` from "
        + ", ".join(path.name for path in paths)
        + ".\nCheck every question against the article, then trim and edit before playing."
    )
    return Draft(bank, dumps(to_document(bank), header), findings)


def _headlines(article: Article) -> str:
    """The article's headlines: its opening headings of four words or more (a site's menu
    items, "Sport", "Olympics", are shorter)."""
    return " ".join(
        p.text for p in article.paragraphs[:4] if p.heading and len(p.text.split()) >= 4
    )


def _findings(given: str, found: Any) -> dict[str, Any]:
    """What one article gave, as JSON-ready data."""
    return {
        "article": given,
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
