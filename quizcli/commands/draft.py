"""``quizcli draft``: write a draft bank from news articles, for an author to check."""

from pathlib import Path
from typing import Annotated

import typer


def draft(
    articles: Annotated[
        list[str],
        typer.Argument(
            help="Article files (plain text, Markdown, a saved HTML page) or http(s) addresses.",
            metavar="ARTICLE...",
            readable=False,  # an unreadable article gets one line from the reader
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Write the draft here (never over a file).", metavar="DRAFT.toml"
        ),
    ] = None,
    set_id: Annotated[str | None, typer.Option("--set-id", help="The set's id (a slug).")] = None,
    title: Annotated[str | None, typer.Option("--title", help="The set's title.")] = None,
    source_title: Annotated[
        str | None, typer.Option("--source-title", help="The article's title, for its source.")
    ] = None,
    publisher: Annotated[
        str | None, typer.Option("--publisher", help="The article's publisher.")
    ] = None,
    url: Annotated[str | None, typer.Option("--url", help="The article's address.")] = None,
    as_json: Annotated[
        bool,
        typer.Option("--json", help="Print what was found (and the file written) as JSON alone."),
    ] = False,
) -> None:
    """Draft a question bank from articles: who said what, times, places, results.

    Every answer is copied from the article; review the draft before playing it (see
    docs/drafting.md). Without -o the draft is printed. English articles only; HTML pages
    and web addresses need: pip install 'quizcli[html]'.

    Example: quizcli draft race-report.txt -o race.toml
    """
    from quizcli.draft import DraftOptions
    from quizcli.draft import draft as make_draft
    from quizcli.draft.write import write_new

    options = DraftOptions(set_id, title, source_title, publisher, url)
    result = make_draft(articles, options)
    if output is not None:
        write_new(output, result.toml)
    if as_json:
        from quizcli.ui.banks import dumps

        report = {
            "output": str(output) if output else None,
            "set": result.bank.id,
            "questions": len(result.bank.questions),
            "articles": result.findings,
        }
        typer.echo(dumps(report))
    elif output is None:
        typer.echo(result.toml, nl=False)
    else:
        typer.echo(f"Wrote {len(result.bank.questions)} draft questions to {output}", err=True)
