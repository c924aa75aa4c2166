"""quizgen extract on saved web pages and links, through quizgen.cli.main, against real files and a
real HTTP server on 127.0.0.1 started here (never the internet): pages, redirects, loops, slow and
enormous answers, 404s and things that are not pages."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

from quizgen.cli import main

ROOT = Path(__file__).resolve().parents[1]
WEB = ROOT / "tests" / "data" / "web"
PAGES = {
    "gov_modi_moscow": dict(
        text=ROOT / "dev" / "extraction" / "articles" / "05_modi_moscow.txt",
        title="Modi in Moscow: India and Russia set $100 billion trade goal", published="2024-07-09",
        url="https://www.gov.example/news/modi-in-moscow-india-and-russia-set-100-billion-trade-goal",
        outlet="Foreign Affairs Review"),
    "blog_eu_mercosur": dict(
        text=ROOT / "tests" / "data" / "articles" / "eu_mercosur.txt",
        title="EU and Mercosur seal trade deal after 25 years of talks", published="2024-12-06",
        url="https://tradenotes.example.org/2024/12/06/eu-mercosur-seal-trade-deal/", outlet=None),
    "broadcaster_japan_philippines": dict(
        text=ROOT / "tests" / "data" / "articles" / "japan_philippines.txt",
        title="Japan and Philippines sign defence pact amid tension with China", published="2024-07-08",
        url="https://news.pbn.example/asia/japan-philippines-defence-pact-68211",
        outlet="Pacific Broadcasting Network"),
}
# Text of the sites' furniture: none of it may reach an article's text.
FURNITURE = ["cookies", "Cookies", "Skip to main content", "Related content", "Putin visits New Delhi",
             "Is this page useful", "Crown copyright", "Recent Posts", "Leave a Reply", "Brittany", "Paganini",
             "Get the next post", "Previous:", "Most read", "Typhoon", "Consent", "More on this story",
             "Second Thomas Shoal clash", "Share on", "juan_dc", "Diet will not ratify", "Photo: Reuters"]
NAV_ONLY = b"""<!DOCTYPE html><html><head><title>PBN News - Home</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/asia">Asia</a></li></ul></nav>
<div class="cookie-banner">We use cookies. <button>Accept</button></div>
<footer><a href="/terms">Terms</a> <a href="/privacy">Privacy</a></footer></body></html>"""


class Handler(BaseHTTPRequestHandler):
    agents: list[str] = []

    def log_message(self, *args: object) -> None:  # quiet
        pass

    def _send(self, code: int, body: bytes, ctype: str = "text/html; charset=utf-8",
              headers: dict[str, str] | None = None) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        Handler.agents.append(self.headers.get("User-Agent", ""))
        path = self.path.split("?")[0]
        name = path.strip("/")
        if name.endswith(".html") and (WEB / name).is_file():
            return self._send(200, (WEB / name).read_bytes())
        if path == "/plain.txt":
            return self._send(200, PAGES["blog_eu_mercosur"]["text"].read_bytes(), "text/plain; charset=utf-8")
        if path == "/redirect":
            return self._send(302, b"", headers={"Location": "/gov_modi_moscow.html"})
        if path == "/loop-a":
            return self._send(302, b"", headers={"Location": "/loop-b"})
        if path == "/loop-b":
            return self._send(301, b"", headers={"Location": "/loop-a"})
        if m := re.fullmatch(r"/chain/(\d+)", path):
            return self._send(302, b"", headers={"Location": f"/chain/{int(m[1]) + 1}"})
        if path == "/to-ftp":
            return self._send(302, b"", headers={"Location": "ftp://127.0.0.1/x"})
        if path == "/missing":
            return self._send(404, b"<html><body>Not found</body></html>")
        if path == "/image.png":
            return self._send(200, b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR" * 10, "image/png")
        if path == "/home.html":
            return self._send(200, NAV_ONLY)
        if path == "/huge-declared":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(50 * 2**20))
            self.end_headers()
            return None
        if path == "/huge-streamed":  # no Content-Length: only the reading limit stops it
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"<p>" + b"x" * 65530 + b"</p>"
            try:
                for _ in range(200):  # 13 MB if nobody stops reading
                    self.wfile.write(chunk)
            except OSError:
                pass
            return None
        if path == "/slow":  # a byte every 0.2 s: each read is quick, the whole never ends in time
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "1000")
            self.end_headers()
            try:
                for _ in range(1000):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.2)
            except OSError:
                pass
            return None
        if path == "/silent":  # headers never come
            time.sleep(3)
            return None
        return self._send(404, b"no such page")


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    for var in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(code: int, err: str, start: str, *words: str) -> None:
    assert code == 2, err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(start), err
    for w in words:
        assert w in lines[0], err


def facts_without_sources(deck: dict) -> list[dict]:
    return [{k: v for k, v in f.items() if k not in ("sources", "notes")} for f in deck["facts"]]


@pytest.mark.parametrize("name", PAGES)
def test_saved_page_gives_its_article_title_date_url_and_outlet(name: str, tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "decks" / f"{name}.yaml"
    code, _, err = run(capsys, "extract", str(WEB / f"{name}.html"), "-o", str(out))
    assert code == 0, err
    deck = yaml.safe_load(out.read_text(encoding="utf-8"))
    want = PAGES[name]
    src = deck["sources"][0]
    assert deck["title"] == src["title"] == want["title"]
    assert str(src["published"]) == want["published"]
    assert src["url"] == want["url"]
    assert src.get("outlet") == want["outlet"] or (want["outlet"] is None and src.get("outlet"))
    text_file = out.parent / src["path"]
    assert text_file == out.with_suffix(".txt") and text_file.is_file()
    text = text_file.read_text(encoding="utf-8")
    for bit in FURNITURE:
        assert bit not in text, bit
    assert "<" not in text and "&amp;" not in text
    assert run(capsys, "check", str(out))[0] == 0  # every quote is in the saved text


@pytest.mark.parametrize("name", PAGES)
def test_a_page_makes_the_same_facts_as_the_same_article_as_plain_text(name: str, tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    page, plain = tmp_path / "page.yaml", tmp_path / "plain.yaml"
    assert run(capsys, "extract", str(WEB / f"{name}.html"), "-o", str(page))[0] == 0
    assert run(capsys, "extract", str(PAGES[name]["text"]), "-o", str(plain))[0] == 0
    from_page = yaml.safe_load(page.read_text(encoding="utf-8"))
    from_text = yaml.safe_load(plain.read_text(encoding="utf-8"))
    assert facts_without_sources(from_page) == facts_without_sources(from_text)
    assert len(from_page["facts"]) >= 10


def _variant(tmp_path: Path, name: str, *cuts: str) -> Path:
    html = (WEB / f"{name}.html").read_text(encoding="utf-8")
    for cut in cuts:
        new = re.sub(cut, "", html, flags=re.S)
        assert new != html, cut
        html = new
    p = tmp_path / f"{name}-variant.html"
    p.write_text(html, encoding="utf-8")
    return p


@pytest.mark.parametrize("name, cuts", [
    # the broadcaster's only dates left are a related story's (17 June 2024), a ticker's and comments'
    ("broadcaster_japan_philippines", [r'"datePublished":"[^"]*",', r'"dateModified":"[^"]*",']),
    # the blog's only dates left are in its sidebar (2025-01-17...) and comments (2024-12-07)
    ("blog_eu_mercosur", [r'<span class="posted-on">.*?</span>\n', r'<link rel="canonical"[^>]*>']),
    # the government page's related links say "Published 6 December 2021"
    ("gov_modi_moscow", [r'  <meta property="article:(?:published|modified)_time"[^>]*>\n',
                         r"<dt>Published</dt><dd>9 July 2024</dd>", r"<dt>Last updated</dt><dd>.*?</dd>"]),
])
def test_a_date_from_furniture_is_never_the_publication_date(name: str, cuts: list[str], tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    page = _variant(tmp_path, name, *cuts)
    out = tmp_path / "deck.yaml"
    code, _, err = run(capsys, "extract", str(page), "-o", str(out))
    assert code == 0, err
    deck = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert "published" not in deck["sources"][0]
    assert "--published" in err and "no publication date" in err


def test_the_headlines_time_element_dates_a_page_without_meta(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    page = _variant(tmp_path, "blog_eu_mercosur", r'<link rel="canonical"[^>]*>',
                    r'https://tradenotes\.example\.org/2024/12/06/eu-mercosur-seal-trade-deal/')
    out = tmp_path / "deck.yaml"
    assert run(capsys, "extract", str(page), "-o", str(out))[0] == 0
    assert str(yaml.safe_load(out.read_text(encoding="utf-8"))["sources"][0]["published"]) == "2024-12-06"


@pytest.mark.parametrize("prefix, suffix", [(b"", ".txt"), (b"\xef\xbb\xbf\n  \n", ".txt"), (b"", ".page"),
                                            (b"<!-- saved -->\n", "")])
def test_html_is_recognised_by_its_content_whatever_the_name(prefix: bytes, suffix: str, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / f"saved{suffix}"
    page.write_bytes(prefix + (WEB / "gov_modi_moscow.html").read_bytes())
    out = tmp_path / "out" / "deck.yaml"
    code, _, err = run(capsys, "extract", str(page), "-o", str(out))
    assert code == 0, err
    deck = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert deck["title"] == PAGES["gov_modi_moscow"]["title"]


@pytest.mark.parametrize("content, words", [
    (NAV_ONLY, ["no article text"]),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR\x00\x00", ["binary"]),
    (b"<!DOCTYPE html><html><body></body></html>", ["no article text"]),
])
def test_a_page_that_is_not_an_article_is_one_line_and_exit_2(content: bytes, words: list[str], tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(content)
    out = tmp_path / "deck.yaml"
    code, _, err = run(capsys, "extract", str(page), "-o", str(out))
    one_line_error(code, err, f"{page}:", *words)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.html"]


def test_a_page_to_standard_output_is_refused_since_its_text_must_be_saved(tmp_path: Path,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "extract", str(WEB / "blog_eu_mercosur.html"), "-o", "-")
    one_line_error(code, err, str(WEB / "blog_eu_mercosur.html"), "-o DECK.yaml")
    assert out == ""


def test_an_existing_different_text_beside_the_deck_needs_force(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "deck.yaml"
    (tmp_path / "deck.txt").write_text("my own notes\n", encoding="utf-8")
    code, _, err = run(capsys, "extract", str(WEB / "blog_eu_mercosur.html"), "-o", str(out))
    one_line_error(code, err, str(tmp_path / "deck.txt"), "--force")
    assert not out.exists() and (tmp_path / "deck.txt").read_text(encoding="utf-8") == "my own notes\n"
    assert run(capsys, "extract", str(WEB / "blog_eu_mercosur.html"), "-o", str(out), "--force")[0] == 0
    assert run(capsys, "check", str(out))[0] == 0


def test_several_pages_and_a_text_merge_into_one_deck(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "story.yaml"
    code, _, err = run(capsys, "extract", str(WEB / "gov_modi_moscow.html"), str(PAGES["gov_modi_moscow"]["text"]),
                       str(WEB / "blog_eu_mercosur.html"), "-o", str(out))
    assert code == 0, err
    deck = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert [s["path"] for s in deck["sources"]][0::2] == ["story-a.txt", "story-c.txt"]
    assert "url" not in deck["sources"][1]
    assert run(capsys, "check", str(out))[0] == 0


# --- links ------------------------------------------------------------------------------------------

def test_a_link_is_fetched_with_a_quizgen_user_agent(server: str, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "deck.yaml"
    Handler.agents.clear()
    code, _, err = run(capsys, "extract", f"{server}/broadcaster_japan_philippines.html", "-o", str(out))
    assert code == 0, err
    assert Handler.agents and all(a.startswith("quizgen/") for a in Handler.agents)
    src = yaml.safe_load(out.read_text(encoding="utf-8"))["sources"][0]
    assert src["url"] == PAGES["broadcaster_japan_philippines"]["url"]  # the page's own address
    assert str(src["published"]) == "2024-07-08"
    assert run(capsys, "check", str(out))[0] == 0


def test_redirects_are_followed_and_the_address_kept(server: str, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "deck.yaml"
    assert run(capsys, "extract", f"{server}/redirect", "-o", str(out))[0] == 0
    assert yaml.safe_load(out.read_text(encoding="utf-8"))["title"] == PAGES["gov_modi_moscow"]["title"]


def test_a_plain_text_link_is_an_article_too(server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "deck.yaml"
    assert run(capsys, "extract", f"{server}/plain.txt", "-o", str(out))[0] == 0
    deck = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert deck["sources"][0]["url"] == f"{server}/plain.txt"
    assert str(deck["sources"][0]["published"]) == "2024-12-06"


@pytest.mark.parametrize("path, words, extra", [
    ("/missing", ["HTTP 404"], []),
    ("/loop-a", ["redirect"], []),
    ("/chain/0", ["redirect"], []),
    ("/to-ftp", ["redirect"], []),
    ("/image.png", ["content type image/png"], []),
    ("/home.html", ["no article text"], []),
    ("/huge-declared", ["over the 5 MB limit"], []),
    ("/huge-streamed", ["over the 5 MB limit"], []),
    ("/slow", ["timed out"], ["--timeout", "1"]),
    ("/silent", ["timed out"], ["--timeout", "1"]),
])
def test_a_failed_fetch_is_one_line_and_exit_2(server: str, path: str, words: list[str], extra: list[str],
                                              tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"{server}{path}"
    out = tmp_path / "deck.yaml"
    start = time.monotonic()
    code, _, err = run(capsys, "extract", url, "-o", str(out), *extra)
    one_line_error(code, err, f"{url}:", *words)
    assert time.monotonic() - start < 10
    assert list(tmp_path.iterdir()) == []


def test_nothing_listening_is_one_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again when the block ends: nothing listens there
    url = f"http://127.0.0.1:{port}/x.html"
    code, _, err = run(capsys, "extract", url, "-o", str(tmp_path / "deck.yaml"))
    one_line_error(code, err, f"{url}:", "cannot connect")


# --- plain text ------------------------------------------------------------------------------------

BODY = ("Japan and the Philippines on Monday signed a Reciprocal Access Agreement that allows each country to "
        "deploy troops on the other's soil for joint exercises.\n")


@pytest.mark.parametrize("line", ["2024-07-10", "10 July 2024", "July 10, 2024", "Published 10 July 2024",
                                  "Published: July 10th, 2024 at 3:04 p.m. EDT", "Updated Wed 10 Jul 2024 14.20 BST",
                                  "Manila, July 10, 2024", "Status: 10.07.2024 18:39", "Posted on 10th of July 2024"])
def test_plain_text_date_lines(line: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    art = tmp_path / "a.txt"
    art.write_text(f"Japan and Philippines sign defence pact\n\n{line}\n\n{BODY}", encoding="utf-8")
    out = tmp_path / "deck.yaml"
    code, _, err = run(capsys, "extract", str(art), "-o", str(out))
    assert code == 0, err
    deck = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert str(deck["sources"][0]["published"]) == "2024-07-10"
    assert deck["title"] == "Japan and Philippines sign defence pact"
    assert "--published" not in err


def test_published_wins_over_an_earlier_updated_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    art = tmp_path / "a.txt"
    art.write_text(f"Pact signed\nUpdated 12 July 2024\nPublished 10 July 2024\n\n{BODY}", encoding="utf-8")
    out = tmp_path / "deck.yaml"
    assert run(capsys, "extract", str(art), "-o", str(out))[0] == 0
    assert str(yaml.safe_load(out.read_text(encoding="utf-8"))["sources"][0]["published"]) == "2024-07-10"


def test_an_undated_article_says_how_to_date_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    art = tmp_path / "a.txt"
    art.write_text(f"Pact signed\n\n{BODY}", encoding="utf-8")
    out = tmp_path / "deck.yaml"
    code, _, err = run(capsys, "extract", str(art), "-o", str(out))
    assert code == 0
    assert f"{art}: no publication date found" in err and "--published" in err
    code, _, err = run(capsys, "extract", str(art), "-o", str(out), "--force", "--published", "2024-07-10")
    assert code == 0 and "no publication date" not in err
