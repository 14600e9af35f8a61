"""Articles over http(s): ``quizcli draft https://...`` fetches the page, then reads it.

The standard library's urllib does the fetching (redirects followed, at most 10), with a
timeout, a size limit (the article limit, 4 MiB) and one clear line for every failure: a
bad address, a refused connection, an HTTP error, a page too big, a type that is no text.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from quizcli.draft.read import MAX_ARTICLE_BYTES, Article, DraftError, read_article_data

TIMEOUT = 20.0
_TEXT_TYPES = re.compile(r"^(?:text/|application/(?:xhtml\+xml|xml)\b)", re.I)


def is_url(text: str) -> bool:
    """Whether an argument is an http(s) address rather than a file name."""
    return bool(re.match(r"(?i)^https?://", text))


def fetch_article(url: str, timeout: float = TIMEOUT) -> Article:
    """Fetch and read the article at ``url``; raises DraftError with one line."""
    import urllib.error  # here: drafting files never pays for http's imports
    import urllib.request

    parts = urlsplit(url)
    if not parts.hostname:
        raise DraftError(f"{url}: not a web address")
    request = urllib.request.Request(
        url, headers={"User-Agent": "quizcli-draft", "Accept": "text/html, text/plain"}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            kind = response.headers.get("Content-Type", "text/html")
            if not _TEXT_TYPES.match(kind):
                raise DraftError(f"{url}: is {kind.split(';')[0]}, not an article page")
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > MAX_ARTICLE_BYTES:
                raise DraftError(f"{url}: is {int(length):,} bytes; articles are limited to 4 MiB")
            data = response.read(MAX_ARTICLE_BYTES + 1)
            final = response.geturl()
    except urllib.error.HTTPError as error:
        raise DraftError(f"{url}: the server answered {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        reason = error.reason
        text = reason.strerror if isinstance(reason, OSError) and reason.strerror else reason
        raise DraftError(f"{url}: could not fetch the page ({text})") from None
    except TimeoutError:
        raise DraftError(f"{url}: no answer within {timeout:g} seconds") from None
    except (OSError, ValueError) as error:
        raise DraftError(f"{url}: could not fetch the page ({error})") from None
    if len(data) > MAX_ARTICLE_BYTES:
        raise DraftError(f"{url}: is over 4 MiB; articles are limited to 4 MiB")
    name = urlsplit(final).path.rstrip("/").rsplit("/", 1)[-1] or urlsplit(final).hostname or url
    html = "html" in kind.casefold() or "xml" in kind.casefold()
    return read_article_data(name, data, html=html)
