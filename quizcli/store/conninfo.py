"""The server's URL read by libpq's own parser: checked, shown with its password as ***.

A password can hold characters a URL reserves (``#``, ``?``, ``/``, ``@``); what libpq
makes of such a URL is what counts, so the URL is parsed by psycopg's
``conninfo_to_dict`` (libpq's ``PQconninfoParse``), never by a pattern. A URL libpq
reads otherwise than it looks (a raw ``@`` or ``/`` in the password moves part of it
into the host, port or database name) is refused, and a URL that cannot be parsed is
described, never echoed: either could show a secret. psycopg is imported only here and
only when a server is configured.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from quizcli.store.base import StoreError

SCHEMES = ("postgresql://", "postgres://")
HIDDEN = "***"
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]{0,30}")  # RFC 3986 scheme characters
UNREADABLE = "the configured database URL"  # what is shown of a URL that cannot be parsed
ENCODE = "write a '@', '/', '?', '#' or ':' in the user name or password as %40, %2F, %3F, %23, %3A"


def check_scheme(url: str) -> None:
    """A :class:`StoreError` naming what is wrong when ``url`` is not a postgresql:// URL
    (without importing psycopg: commands that never connect check this much)."""
    scheme, sep, _rest = url.partition("://")
    if not sep:
        raise StoreError(
            "the URL has no scheme: it must start with postgresql:// "
            "(postgresql://user:password@host:port/dbname)"
        )
    if not url.lower().startswith(SCHEMES):
        # The scheme holds no secret, but show it only when it is one (letters, digits, +-.)
        shown = f"'{scheme}://' " if scheme.isascii() and _SCHEME.fullmatch(scheme) else ""
        hint = "; a '+driver' is SQLAlchemy's spelling, libpq wants none" if "+" in scheme else ""
        raise StoreError(
            f"the URL's scheme {shown}is not postgresql:// or postgres://{hint} "
            "(postgresql://user:password@host:port/dbname)"
        )


def parse(url: str) -> dict[str, str]:
    """The URL's parameters as libpq reads them; a :class:`StoreError` naming the wrong
    part (never quoting it) when libpq cannot, or would read it otherwise than it looks."""
    check_scheme(url)
    try:
        from psycopg.conninfo import conninfo_to_dict
    except ImportError:
        return {}  # nothing can connect anyway: _connect says psycopg is missing
    try:
        params = {key: str(value) for key, value in conninfo_to_dict(url).items()}
    except Exception:  # psycopg.ProgrammingError: its message quotes the URL
        raise StoreError(f"the URL cannot be parsed after its scheme; {ENCODE}") from None
    port = params.get("port", "")
    if any(not part.isdigit() for part in port.split(",") if part) or any(
        "@" in params.get(key, "") for key in ("host", "hostaddr", "port", "dbname")
    ):
        raise StoreError(
            f"the URL's host, port or database name holds part of the user name "
            f"or password; {ENCODE}"
        )
    return params


def display(url: str) -> str:
    """``url`` as it may be shown: rebuilt from what libpq reads, the password as ***."""
    try:
        params = parse(url)
    except StoreError:
        return UNREADABLE
    if not params:
        return UNREADABLE
    user = quote(params.pop("user", ""), safe="")
    password = params.pop("password", None)
    host = params.pop("host", "")
    port = params.pop("port", "")
    dbname = quote(params.pop("dbname", ""), safe="")
    auth = user + (f":{HIDDEN}" if password is not None else "")
    where = f"{auth}@" if auth else ""
    address = f"{host}:{port}" if port else host
    query = "&".join(f"{key}={quote(value, safe='')}" for key, value in sorted(params.items()))
    scheme = url.partition("://")[0].lower()
    return f"{scheme}://{where}{address}/{dbname}" + (f"?{query}" if query else "")


def secrets(url: str) -> list[str]:
    """Every spelling of the URL's password that a message could hold, longest first."""
    try:
        from psycopg.conninfo import conninfo_to_dict

        password = str(conninfo_to_dict(url).get("password") or "")
    except Exception:
        password = ""
    found = {url}
    if password:
        found |= {password, quote(password, safe=""), quote(password)}
    return sorted(found, key=len, reverse=True)


def masked(text: str, url: str) -> str:
    """``text`` with the URL shown as :func:`display` and its password as ***."""
    shown = display(url)
    for secret in secrets(url):
        text = text.replace(secret, shown if secret == url else HIDDEN)
    return text
