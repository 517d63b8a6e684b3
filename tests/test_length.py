"""Platform length counting (platforms.py) and the length.platform rule."""
from __future__ import annotations

import pytest

from postlint.text import platforms as P


def length_findings(result):
    return [result.finding_dict(f) for f in result.findings if f.rule == "length.platform"]


# twitter-text conformance/validate.yml, section WeightedTweetsWithDiscountedEmojiCounterTest (config v3),
# plus the `lengths` examples; expected weighted lengths as published.
X_CONFORMANCE = [
    ("Hi http://test.co", 26),
    ("http://test.co", 23),
    ("285 chars-" + "xxxxxxxxxx-" * 25, 285),
    ("285 chars- http://www.twitter.com/jack " + "xxxxxxxxxx-" * 24, 299),
    ("xxxxxxxxxx-" * 24 + " http://www.twitter.com/jack ", 289),
    ("https://www.twitter.com/aloha " * 10, 240),
    ("故人西辞黄鹤楼，烟花三月下扬州。孤帆远影碧空尽，唯见长江天际流。朱雀桥边野草花，乌衣巷口夕阳斜。旧时王谢堂前燕，"
     "飞入寻常百姓家。朝辞白帝彩云间，千里江陵一日还。两岸猿声啼不住，轻舟已过万重山。泪湿罗巾梦不成，夜深前殿按歌声。"
     "红颜未老恩先断，斜倚薰笼坐到明。独在异乡为异客，每逢佳节倍思亲。遥知兄弟登高处，遍插茱萸少一人。", 320),
    ("😷" * 160, 320),
    ("ÁB", 2),
    ("A\ufb2c", 4),  # normalised (NFC) into 3 characters of weight 1
    ("282 chars-" + "xxxxxxxxxx-" * 24 + "xxxxxÁx", 281),
    ("H🐱☺👨\u200d👩\u200d👧\u200d👦", 7),
    ("😷👾😡🔥💩", 10),
    ("🙋🏽👨\u200d🎤", 4),
    ("1\u20e3", 2),
    ("Unicode 10.0 emoji: 🤪; 🧕; 🧕🏾; 🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f", 34),
    ("Unicode 9.0 emoji: 🤠; 💃; 💃🏾", 29),
    ("👨\u200d👩\u200d👧\u200d👦" * 140, 280),
    ("This is a tweet with general punctuation characters: \u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
     "\u2008\u2009\u200a\u200b\u200c\u200d ‐ ‑ ‒ – — ― ‖  ‗ ‘ ’ ‚ ‛ “ ” „ ‟ ′ ″ ‴ ‵ ‶ ‷", 112),
    ("randomurlrandomurlrandomurlrandomurlrandomurlrandomurlrandomurls.com", 68),  # 64-char label: no URL
    ("This is a test.", 15),
    ("http://test.com", 23),
    ("https://test.com", 23),
    ("test.com", 23),
    ("Test https://test.com test https://test.com test.com test", 86),
    ("\U00010000\U0010ffff", 4),
]


@pytest.mark.parametrize("text,expected", X_CONFORMANCE)
def test_x_weighted_length_matches_twitter_text_conformance(text, expected):
    assert P.x_weighted_length(text) == expected


@pytest.mark.parametrize("text,urls", [
    ("voir sunusante.org.", ["sunusante.org"]),
    ("bbc.co.uk et site.sn/page", ["bbc.co.uk", "site.sn/page"]),
    ("M.Sc, e.g. this, Mr.Smith", []),
    ("(https://example.org/a_(b)) fin", ["https://example.org/a_(b)"]),
])
def test_url_finding(text, urls):
    assert [text[s:e] for s, e in P.find_urls(text)] == urls


def test_bluesky_counts_graphemes_and_bytes():
    # "e" + combining acute: one grapheme, three bytes
    text = "e\u0301" * 300
    assert P.graphemes(text) == 300 and P.utf8_bytes(text) == 900
    measures = {m.platform: m for m in P.measure("bluesky", text)}
    assert measures["bluesky"].over == 0 and measures["bluesky-bytes"].over < 0
    # a family emoji is one grapheme of 25 bytes: 200 of them fit the grapheme limit, not the byte limit
    family = "👨\u200d👩\u200d👧\u200d👦" * 200
    measures = {m.platform: m for m in P.measure("bluesky", family)}
    assert measures["bluesky"].count == 200 and measures["bluesky"].over < 0
    assert measures["bluesky-bytes"].count == 5000 and measures["bluesky-bytes"].over == 2000


def test_mastodon_counts_links_as_23_and_mentions_without_domain():
    text = "Merci @alice@mastodon.social pour https://example.org/un/tres/long/chemin/vers/la/page?x=1 !"
    # "Merci " 6 + "@alice" 6 + " pour " 6 + 23 + " !" 2
    assert P.mastodon_length(text) == 43
    assert P.mastodon_length("é" * 500) == 500
    assert P.mastodon_length("example.org") == 11  # no scheme: plain text on Mastodon


def test_threads_counts_emoji_bytes():
    assert P.threads_length("ok 👍") == 3 + 4


def test_measure_uses_configured_limits():
    assert P.measure("mastodon", "a" * 600, {"mastodon": 1000})[0].over == -400
    assert P.measure("linkedin", "a" * 3001)[0].over == 1
    assert P.measure("facebook", "a" * 63206)[0].over == 0
    assert P.measure("nowhere", "a") == []


# ------------------------------------------------------------------------------------------ the rule
def _x_post(weighted: int, urls: tuple[str, ...] = ()) -> str:
    """A French sentence padded to `weighted` X characters, the URLs inside it."""
    words = ("Les pairs éducateurs de Dakar ont accueilli cette semaine plus de quarante personnes "
             "au local de nuit ; merci aux bénévoles et aux partenaires qui rendent cela possible. ")
    body = " ".join(urls)
    need = weighted - P.x_weighted_length(body) - (1 if urls else 0)
    text = (words * 10)[:need].rstrip()
    text = text + "x" * (need - len(text))
    return f"{text} {body}" if urls else text


THREAD_URLS = ("https://www.exemple-ong.org/rapports/2026/acces-aux-soins-des-personnes-usageres",
               "https://www.exemple-ong.org/agenda/permanences-de-nuit-et-maraudes")


def _thread(platform: str) -> str:
    parts = [_x_post(180), _x_post(240), _x_post(290, THREAD_URLS), _x_post(120), _x_post(260)]
    return f"---\ntype: thread\nplatforms: [{platform}]\nlang: fr\n---\n" + "\n\n---\n\n".join(parts) + "\n"


def test_thread_reports_only_the_long_x_part_on_its_line(lint):
    text = _thread("x")
    third = text.split("\n\n---\n\n")[2]
    assert P.x_weighted_length(third.strip()) == 290
    result = lint(text)
    found = length_findings(result)
    assert len(found) == 1, found
    f = found[0]
    # front matter 5 lines; each part is one line followed by a blank line, a --- line and a blank line
    assert f["line"] == 6 + 2 * 4
    assert f["text"].startswith(third.strip()[:40])
    assert "290" in f["message"] and "10" in f["message"] and "post 3" in f["message"].lower()
    # already a thread: the advice is to split this part, not to make a thread
    assert f["suggestions"] == ["Raccourcissez de 10 ou coupez ce post en deux (ligne ---)"]


def test_same_thread_measured_by_bluesky_and_mastodon(lint):
    bsky = length_findings(lint(_thread("bluesky")))
    # Bluesky counts the links in full: part 3 is well over 300 graphemes; the 260 part fits
    assert [f["line"] for f in bsky] == [14]
    third = _thread("bluesky").split("\n\n---\n\n")[2].strip()
    assert str(P.graphemes(third)) in bsky[0]["message"]
    # Mastodon: links count 23, so the same part is 290 of 500
    assert length_findings(lint(_thread("mastodon"))) == []


def test_x_post_over_only_as_typed_is_fine(lint):
    url = "https://www.ville-ziguinchor.sn/budget-participatif/2025/resultats-du-vote-par-quartier"
    text = f"---\nplatforms: [x]\nlang: fr\n---\n{_x_post(250, (url,))}\n"
    assert len(text.split("---\n")[2].strip()) > 280
    assert length_findings(lint(text)) == []


def test_markdown_syntax_is_not_counted(lint):
    body = "**" + "a" * 240 + "** [lien](https://example.org/une/tres/longue/adresse/qui/ne/compte/que/23)"
    text = f"---\nplatforms: [x]\n---\n{body}\n<!-- note interne qui ne sera pas publiée -->\n"
    result = lint(text)
    assert length_findings(result) == []  # 240 + " lien" + " " + 23 = 269
    from postlint.rules.length.platform import published_text

    doc = result.doc
    assert published_text(doc, doc.posts[0]) == "a" * 240 + " lien https://example.org/une/tres/longue/adresse/qui/ne/compte/que/23"


def test_limits_option_and_other_platforms(lint):
    text = "---\nplatforms: [mastodon, linkedin]\n---\n" + "Bonjour à toutes et à tous. " * 25 + "\n"
    assert [f["message"] for f in length_findings(lint(text))][0].startswith("Ce post fait 699 graphèmes sur Mastodon")
    assert length_findings(lint(text, config={"rules": {"length.platform": {"limits": {"mastodon": 1000}}}})) == []


def test_no_platform_no_finding(lint):
    assert length_findings(lint("a " * 5000)) == []


def test_youtube_title_and_description(lint):
    text = "---\nplatforms: [youtube]\ntitle: \"" + "T" * 120 + "\"\n---\n" + "é" * 2600 + "\n"
    found = length_findings(lint(text, lang="fr"))
    assert len(found) == 2
    assert any("5200 octets" in f["message"] for f in found)
    assert any(f["line"] == 3 and "120 caractères" in f["message"] for f in found)
