"""Fetching a page or a feed a user names by URL: the only network access quizgen makes.

Standard library only (urllib). Bounded in every way a server can misbehave: a connect/read timeout
and an overall deadline (a server that drips a byte a second is cut off too), a size limit checked
against Content-Length and again while reading, at most ``MAX_REDIRECTS`` redirects (a loop is
reported as one), http and https only. Every failure is a :class:`FetchError` whose message is one
line, ``URL: what went wrong``.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message

from ..errors import QuizgenError

TIMEOUT = 20.0        # seconds, for the whole fetch
MAX_REDIRECTS = 5
CHUNK = 64 * 1024
HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain",)
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/rdf+xml",
              "application/feed+xml")


class FetchError(QuizgenError):
    """A URL that could not be fetched, or whose answer is not usable; one line, ``URL: message``."""

    title = "Cannot fetch"


@dataclass(frozen=True)
class Fetched:
    """A fetched document: the address it was finally read from, its media type, charset and bytes."""

    url: str
    content_type: str
    charset: str | None
    body: bytes


def is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


def user_agent() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        v = version("quizgen")
    except PackageNotFoundError:
        v = "dev"
    return f"quizgen/{v} (news article to study deck)"


class _NotWeb(Exception):
    """A redirect to something other than http(s) (urllib alone would follow one to ftp:)."""


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS
    max_repeats = 1  # the same address twice is a loop

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: ANN001, ANN201, D102
        if not is_url(newurl):
            raise _NotWeb(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(url: str, limit: int, *, timeout: float = TIMEOUT,
          accept: tuple[str, ...] = HTML_TYPES + TEXT_TYPES) -> Fetched:
    """GET ``url``; its body (at most ``limit`` bytes) if its content type is one of ``accept``."""
    if not is_url(url):
        raise FetchError(f"{url}: not an http or https address")
    opener = urllib.request.build_opener(_Redirects())
    request = urllib.request.Request(url, headers={
        "User-Agent": user_agent(),
        "Accept": ", ".join(accept) + ", */*;q=0.1",
        "Accept-Encoding": "identity",
    })
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            final = response.geturl() or url
            headers: Message = response.headers
            ctype = headers.get_content_type()
            if ctype not in accept:
                raise FetchError(f"{url}: not a web page or text (content type {ctype})")
            length = headers.get("Content-Length")
            if length and length.isdigit() and int(length) > limit:
                raise FetchError(f"{url}: page is {int(length) / 1e6:.1f} MB, over the {limit // 2**20} MB limit")
            chunks: list[bytes] = []
            size = 0
            while True:
                if time.monotonic() > deadline:
                    raise FetchError(f"{url}: timed out after {timeout:g} s")
                chunk = response.read1(CHUNK)  # what has arrived: a slow drip cannot hold a full read
                if not chunk:
                    break
                size += len(chunk)
                if size > limit:
                    raise FetchError(f"{url}: page is over the {limit // 2**20} MB limit")
                chunks.append(chunk)
            return Fetched(final, ctype, headers.get_content_charset(), b"".join(chunks))
    except FetchError:
        raise
    except _NotWeb:
        raise FetchError(f"{url}: redirected to an address that is not http or https") from None
    except urllib.error.HTTPError as exc:
        if exc.code in (301, 302, 303, 307, 308):
            reason = "too many redirects (or a redirect loop)"
            if "not allowed" in str(exc.msg):
                reason = "redirected to an address that is not http or https"
            raise FetchError(f"{url}: {reason}") from None
        raise FetchError(f"{url}: HTTP {exc.code} {exc.reason}".rstrip()) from None
    except urllib.error.URLError as exc:
        cause: str | BaseException = exc.reason
        if isinstance(cause, TimeoutError):
            raise FetchError(f"{url}: timed out after {timeout:g} s") from None
        text = getattr(cause, "strerror", None) or str(cause)
        raise FetchError(f"{url}: cannot connect: {text}") from None
    except TimeoutError:
        raise FetchError(f"{url}: timed out after {timeout:g} s") from None
    except (OSError, ValueError, UnicodeError) as exc:  # reset connections, bad ports, malformed answers
        raise FetchError(f"{url}: cannot fetch: {exc}") from None
    except Exception as exc:  # http.client.HTTPException and kin: a server that does not speak HTTP
        raise FetchError(f"{url}: cannot fetch: {type(exc).__name__} {exc}".rstrip()) from None
