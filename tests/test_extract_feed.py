"""quizgen extract --feed: RSS and Atom feeds (files and URLs on a loopback server started here), one
deck per item, --since and --limit, a broken item reported while the rest go on, hostile XML refused."""

from __future__ import annotations

import html
import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml
from test_extract_web import PAGES, WEB, Handler, run

from quizgen.cli import main

BLOG_BODY = html.escape((WEB / "blog_eu_mercosur.html").read_text(encoding="utf-8")
                        .split('<div class="entry-content">')[1].split("</div>")[0])


def rss(base: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>World Desk</title>
  <link>{base}/</link>
  <description>Stories</description>
  <item>
    <title>Modi in Moscow: India and Russia set $100 billion trade goal</title>
    <link>{base}/gov_modi_moscow.html</link>
    <pubDate>Tue, 09 Jul 2024 19:10:00 GMT</pubDate>
  </item>
  <item>
    <title>EU and Mercosur seal trade deal after 25 years of talks</title>
    <link>{base}/missing-but-content-is-here</link>
    <pubDate>Fri, 06 Dec 2024 19:45:00 GMT</pubDate>
    <content:encoded>{BLOG_BODY}</content:encoded>
  </item>
  <item>
    <title>A story that has gone</title>
    <link>{base}/missing</link>
    <pubDate>Sat, 07 Dec 2024 08:00:00 GMT</pubDate>
  </item>
  <item>
    <title>Japan and Philippines sign defence pact amid tension with China</title>
    <link>/broadcaster_japan_philippines.html</link>
    <pubDate>Mon, 08 Jul 2024 01:30:00 GMT</pubDate>
  </item>
</channel>
</rss>
"""


ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Trade Notes</title>
  <entry>
    <title>EU and Mercosur seal trade deal after 25 years of talks</title>
    <link rel="alternate" href="https://tradenotes.example.org/2024/12/06/eu-mercosur-seal-trade-deal/"/>
    <published>2024-12-06T19:45:00Z</published>
    <content type="html">{body}</content>
  </entry>
  <entry>
    <title>Notes without content or link</title>
    <updated>2024-12-01T10:00:00Z</updated>
  </entry>
</feed>
"""


class FeedHandler(Handler):
    feed = b""

    def do_GET(self) -> None:  # noqa: N802
        if self.path == "/feed.xml":
            return self._send(200, FeedHandler.feed, "application/rss+xml; charset=utf-8")
        return super().do_GET()


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    for var in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), FeedHandler)
    httpd.daemon_threads = True
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    FeedHandler.feed = rss(base).encode("utf-8")
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield base
    finally:
        httpd.shutdown()
        httpd.server_close()


def decks(out: Path) -> list[str]:
    return sorted(p.name for p in out.glob("*.yaml"))


def test_a_feed_url_makes_one_deck_per_item_and_a_broken_item_is_reported(
        server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "decks"
    code, _, err = run(capsys, "extract", "--feed", f"{server}/feed.xml", "-o", f"{out}/", "--jobs", "2")
    assert code == 0, err
    assert decks(out) == ["eu-and-mercosur-seal-trade-deal-after-25.yaml",
                          "japan-and-philippines-sign-defence-pact-amid-tension.yaml",
                          "modi-in-moscow-india-and-russia-set-100.yaml"]
    lines = err.strip().splitlines()
    failures = [ln for ln in lines if "HTTP 404" in ln]
    assert len(failures) == 1 and "item 3 'A story that has gone'" in failures[0]
    assert lines[-1].startswith(f"{out}/: 3 decks written, 1 failed")
    assert "Traceback" not in err
    gov = yaml.safe_load((out / "modi-in-moscow-india-and-russia-set-100.yaml").read_text(encoding="utf-8"))
    assert gov["sources"][0]["url"] == PAGES["gov_modi_moscow"]["url"]
    assert gov["sources"][0]["outlet"] == "Foreign Affairs Review"
    blog = yaml.safe_load((out / "eu-and-mercosur-seal-trade-deal-after-25.yaml").read_text(encoding="utf-8"))
    src = blog["sources"][0]  # from content:encoded: the feed's title, date and channel name fill in
    assert src["title"] == PAGES["blog_eu_mercosur"]["title"] and str(src["published"]) == "2024-12-06"
    assert src["outlet"] == "World Desk" and src["url"].endswith("/missing-but-content-is-here")
    for deck in out.glob("*.yaml"):
        assert main(["check", str(deck)]) == 0
    # run again: nothing redone, the failure tried again
    code, _, err = run(capsys, "extract", "--feed", f"{server}/feed.xml", "-o", f"{out}/")
    assert code == 0
    assert "0 decks written, 3 already there" in err and "1 failed" in err


def test_since_and_limit_choose_items(server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "decks"
    code, _, err = run(capsys, "extract", "--feed", f"{server}/feed.xml", "-o", f"{out}/", "--since", "2024-12-01",
                       "--limit", "1")
    assert code == 0, err
    assert decks(out) == ["eu-and-mercosur-seal-trade-deal-after-25.yaml"]
    code, _, err = run(capsys, "extract", "--feed", f"{server}/feed.xml", "-o", f"{out}/", "--since", "2030-01-01")
    assert code == 2 and "none match --since" in err


def test_an_atom_file_with_content_and_an_item_without_either(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    feed = tmp_path / "atom.xml"
    feed.write_text(ATOM.format(body=BLOG_BODY), encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = run(capsys, "extract", "--feed", str(feed), "-o", f"{out}/", "--jobs", "1")
    assert code == 0, err
    assert decks(out) == ["eu-and-mercosur-seal-trade-deal-after-25.yaml"]
    assert "item 2 'Notes without content or link': no link and no content" in err
    deck = yaml.safe_load((out / decks(out)[0]).read_text(encoding="utf-8"))
    assert deck["sources"][0]["url"] == "https://tradenotes.example.org/2024/12/06/eu-mercosur-seal-trade-deal/"


@pytest.mark.parametrize("content, words", [
    (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
     b"<rss><channel><item><title>&lol2;</title></item></channel></rss>", ["DOCTYPE"]),
    (b'<?xml version="1.0"?><!DOCTYPE rss SYSTEM "file:///etc/passwd"><rss/>', ["DOCTYPE"]),
    (b"<rss><channel><item><title>unclosed</channel></rss>", ["not a well-formed XML feed"]),
    ((WEB / "gov_modi_moscow.html").read_bytes(), ["not"]),
    (b"\x89PNG\r\n\x1a\n\x00\x00", ["not a well-formed"]),
])
def test_a_bad_feed_is_one_line_and_exit_2(content: bytes, words: list[str], tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_bytes(content)
    out = tmp_path / "out"
    code, _, err = run(capsys, "extract", "--feed", str(feed), "-o", f"{out}/")
    assert code == 2 and "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"{feed}:") and all(w in lines[0] for w in words), err
    assert not out.exists() or not list(out.iterdir())


def test_every_item_failing_is_exit_2(server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(f"""<rss><channel><title>X</title>
<item><title>One</title><link>{server}/missing</link></item>
<item><title>Two</title><link>{server}/image.png</link></item></channel></rss>""", encoding="utf-8")
    code, _, err = run(capsys, "extract", "--feed", str(feed), "-o", f"{tmp_path}/out/")
    assert code == 2
    assert "HTTP 404" in err and "image/png" in err and "0 decks written, 2 failed" in err
    assert not list((tmp_path / "out").glob("*")) if (tmp_path / "out").exists() else True


def test_feed_flags_are_checked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    art = str(PAGES["gov_modi_moscow"]["text"])
    assert run(capsys, "extract", art, "-o", str(tmp_path / "d.yaml"), "--since", "2024-01-01")[0] == 2
    assert run(capsys, "extract", "--feed", "f.xml", art, "-o", f"{tmp_path}/")[0] == 2
    assert run(capsys, "extract", "--feed", "f.xml", "-o", f"{tmp_path}/", "--limit", "0")[0] == 2
    code, _, err = run(capsys, "extract", "--feed", str(tmp_path / "none.xml"), "-o", f"{tmp_path}/")
    assert code == 2 and "no such feed file" in err and "Traceback" not in err
