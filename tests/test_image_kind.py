"""What kind of picture an image is (issue 17): photographs still need a credit (and, in a vulnerable setting,
consent); the organisation's own screenshots, charts, slides, headshots and silent screen recordings do not.
Pictures and videos are made here with Pillow and a few bytes; drafts are written for these tests."""
from __future__ import annotations

import random
import struct

import pytest
from PIL import Image

from postlint.api import check_text
from postlint.images.kind import picture_kind
from postlint.images.media import has_audio


# ----------------------------------------------------------------------------- pictures made for the tests
def flat(path, size=(400, 300), fmt=None):
    """A drawn picture: a white page with two coloured blocks (a screenshot, a slide, a chart)."""
    im = Image.new("RGB", size, "white")
    im.paste((30, 90, 200), (20, 20, 200, 80))
    im.paste((240, 180, 0), (40, 120, 380, 160))
    im.save(path, format=fmt)
    return path


def noisy(path, size=(400, 300), exif=None, fmt=None, seed=1, **save):
    """A continuous-tone picture, like a photograph: no two neighbouring pixels alike."""
    rnd = random.Random(seed)
    im = Image.new("RGB", size)
    im.putdata([(rnd.randrange(256), rnd.randrange(256), rnd.randrange(256)) for _ in range(size[0] * size[1])])
    if exif:
        e = Image.Exif()
        for tag, value in exif.items():
            e[tag] = value
        save["exif"] = e
    im.save(path, format=fmt, **save)
    return path


def box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I4s", 8 + len(payload), kind) + payload


def mp4(path, handlers: tuple[bytes, ...]):
    """A minimal MP4: ftyp, then moov with one track per handler (`vide`, `soun`)."""
    traks = b"".join(box(b"trak", box(b"mdia", box(b"hdlr", b"\0" * 8 + h + b"\0" * 12))) for h in handlers)
    path.write_bytes(box(b"ftyp", b"isom\0\0\0\0isom") + box(b"mdat", b"\0" * 64) + box(b"moov", traks))
    return path


# ----------------------------------------------------------------------------- postlint.images.kind
def test_a_flat_picture_is_a_graphic(tmp_path):
    assert picture_kind(str(flat(tmp_path / "slide.jpg"))).kind == "graphic"
    assert picture_kind(str(flat(tmp_path / "chart.png"))).kind == "graphic"


def test_a_continuous_tone_picture_is_not_a_graphic(tmp_path):
    assert picture_kind(str(noisy(tmp_path / "crowd.jpg"))).kind == "continuous"


def test_camera_exif_is_a_photograph_whatever_the_format(tmp_path):
    k = picture_kind(str(noisy(tmp_path / "march.png", exif={0x010F: "Canon", 0x0110: "EOS 6D"})))
    assert (k.kind, "Canon" in k.why) == ("photo", True)


@pytest.mark.parametrize("make", [
    lambda p: flat(p / "icon.png", size=(32, 32)),
    lambda p: Image.new("P", (300, 200)).save(p / "pal.gif") or p / "pal.gif",
    lambda p: noisy(p / "canva.png", pnginfo=_text_chunk("Software", "Canva")),
])
def test_icons_palette_images_and_design_tools_are_graphics(tmp_path, make):
    assert picture_kind(str(make(tmp_path))).kind == "graphic"


def test_a_screenshot_of_a_photograph_is_still_continuous(tmp_path):
    shot = noisy(tmp_path / "shot.png", pnginfo=_text_chunk("Software", "gnome-screenshot"))
    assert picture_kind(str(shot)).kind == "continuous"
    page = tmp_path / "page.png"
    im = Image.open(flat(tmp_path / "page0.png"))
    im.save(page, pnginfo=_text_chunk("Software", "gnome-screenshot"))
    assert picture_kind(str(page)).kind == "graphic"


def test_unreadable_or_missing_files_are_unknown(tmp_path):
    (tmp_path / "bad.jpg").write_bytes(b"not a picture")
    assert picture_kind(str(tmp_path / "bad.jpg")).kind == "unknown"
    assert picture_kind(str(tmp_path / "none.jpg")).kind == "unknown"
    (tmp_path / "d.svg").write_text("<svg/>", encoding="utf-8")
    assert picture_kind(str(tmp_path / "d.svg")).kind == "graphic"


def _text_chunk(key, value):
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text(key, value)
    return info


# ----------------------------------------------------------------------------- postlint.images.media
def test_sound_track_of_a_video(tmp_path):
    assert has_audio(str(mp4(tmp_path / "talk.mp4", (b"vide", b"soun")))) is True
    assert has_audio(str(mp4(tmp_path / "screen.mp4", (b"vide",)))) is False
    (tmp_path / "bad.mp4").write_bytes(b"\0" * 40)
    assert has_audio(str(tmp_path / "bad.mp4")) is None
    (tmp_path / "a.webm").write_bytes(b"\x1a\x45\xdf\xa3" + b"\0" * 20 + b"V_VP9" + b"\0" * 9 + b"A_OPUS")
    assert has_audio(str(tmp_path / "a.webm")) is True


# ----------------------------------------------------------------------------- the rules, on drafts and sites
def found(result, rule):
    return [result.finding_dict(f) for f in result.findings if f.rule == rule]


def places(result, rule):
    """(severity, line) of every place a rule points at: an info finding folded per page keeps its places."""
    out = []
    for f in found(result, rule):
        out += [(f["severity"], o["line"]) for o in f["occurrences"]] if f.get("occurrences") else [(f["severity"],
                                                                                                    f["line"])]
    return out


@pytest.fixture
def site(tmp_path):
    """(check, root): check(text, name) → FileResult of a page of a Hugo site; root: the site's folder."""
    root = tmp_path / "site"
    (root / "content" / "blog").mkdir(parents=True)
    (root / "static" / "img").mkdir(parents=True)
    (root / "hugo.toml").write_text('baseURL = "https://example.org/"\n', encoding="utf-8")
    (root / ".postlint.yaml").write_text("{}\n", encoding="utf-8")

    def check(text: str, name: str = "content/blog/page.md"):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return check_text(text, path=path)

    return check, root


@pytest.fixture
def draft(tmp_path):
    folder = tmp_path / "drafts"
    (folder / "img").mkdir(parents=True)
    (folder / ".postlint.yaml").write_text("{}\n", encoding="utf-8")
    return (lambda text: check_text(text, path=folder / "draft.md")), folder


def test_a_slide_exported_by_a_design_tool_needs_no_credit_in_a_draft(draft):
    check, folder = draft
    im = Image.open(flat(folder / "img" / "plain.jpg"))
    exif = Image.Exif()
    exif[0x0131] = "Microsoft PowerPoint"
    im.save(folder / "img" / "stand.jpg", exif=exif)
    assert found(check("---\nlang: en\n---\nOur stand.\n\n![Our stand](img/stand.jpg)\n"), "image-credit.missing") == []


def test_flat_colour_alone_does_not_silence_a_draft_but_does_a_site(draft, site):
    check, folder = draft
    flat(folder / "img" / "kits.jpg")
    r = check("---\nlang: en\n---\nLaunch.\n\n![Peer educators at the launch](img/kits.jpg)\n")
    assert len(found(r, "image-credit.missing")) == 1
    check_site, root = site
    flat(root / "static" / "img" / "page.jpg")
    assert found(check_site("The new site.\n\n![Our new home](/img/page.jpg)\n"), "image-credit.missing") == []
    flat(root / "static" / "img" / "crowd.jpg")
    r = check_site("The march.\n\n![The crowd at the march](/img/crowd.jpg)\n")
    assert len(found(r, "image-credit.missing")) == 1  # the alt text says photograph


def test_a_photograph_still_needs_a_credit_in_a_draft(draft):
    check, folder = draft
    noisy(folder / "img" / "crowd.jpg")
    noisy(folder / "img" / "march.png", exif={0x010F: "NIKON", 0x0110: "D3100"})
    r = check("---\nlang: en\n---\nThe march.\n\n![](img/crowd.jpg)\n\n![](img/march.png)\n")
    assert [f["severity"] for f in found(r, "image-credit.missing")] == ["warning", "warning"]


def test_a_speakers_headshot_on_an_event_page_needs_no_credit(site):
    check, root = site
    noisy(root / "static" / "img" / "12-greg-bloom.jpg")
    page = ('---\ntitle: "Resource directories"\nspeakers:\n  - "Greg Bloom, Founder, Open Referral"\n'
            'image: /img/12-greg-bloom.jpg\n---\nA talk about resource directories and open data.\n')
    assert found(check(page), "image-credit.missing") == []


@pytest.mark.parametrize("name,text", [
    ("content/team/awa-diallo.md", "---\nname: Awa Diallo\nimage: /img/awa.jpg\n---\nAwa runs our programmes.\n"),
    ("content/blog/page.md", "Meet the board.\n\n![A headshot of Awa Diallo](/img/awa.jpg)\n"),
])
def test_the_organisations_portraits_need_no_credit_on_a_site(site, name, text):
    check, root = site
    noisy(root / "static" / "img" / "awa.jpg")
    assert found(check(text, name), "image-credit.missing") == []


def test_event_photographs_on_a_site_are_still_reported_as_info(site):
    # on a published site most photographs are the organisation's own: a credit is worth a look (info); someone
    # else's picture (a stock agency) stays a warning (test_a_stock_photo_on_a_site_still_needs_its_credit)
    check, root = site
    noisy(root / "static" / "img" / "food-drive.jpg")
    noisy(root / "static" / "img" / "dsc.jpg", exif={0x0110: "Canon EOS 6D"})
    page = ("---\ntitle: Food drive\nspeakers:\n  - Greg Bloom\n---\nThanks to all who came.\n\n"
            "![Volunteers at the food drive](/img/food-drive.jpg)\n\n![](/img/dsc.jpg)\n")
    r = check(page)
    assert [p[0] for p in places(r, "image-credit.missing")] == ["info", "info"]
    assert len(found(r, "image-credit.missing")) == 1  # one remark for the page, listing both pictures


def test_a_site_image_with_no_evidence_is_info_and_one_described_by_nothing_is_quiet(site):
    check, _ = site
    page = ("We met the team in Montreal.\n\n![Red maple leaves on the snow](https://cdn.example.org/blog_a1.jpg)"
            "\n\nAnd then.\n\n![](https://cdn.example.org/blog_b2.jpg)\n")
    assert [f["severity"] for f in found(check(page), "image-credit.missing")] == ["info"]


def test_in_a_draft_any_photograph_is_a_warning_and_on_a_site_only_someone_elses(site, draft):
    # a title graphic, a meme or a video-call screenshot has continuous tone too, and most photographs of a site are
    # the organisation's own: on a published site worth a look; in a draft (a post, a release), still a warning
    check, root = site
    noisy(root / "static" / "img" / "season.jpg")
    noisy(root / "static" / "img" / "dsc.jpg", exif={0x0110: "Canon EOS 6D"})
    noisy(root / "static" / "img" / "march.jpg")
    page = ("The season opens.\n\n![Season two](/img/season.jpg)\n\n![Opening night](/img/dsc.jpg)\n\n"
            "![The crowd at the march](/img/march.jpg)\n")
    assert [p[0] for p in places(check(page), "image-credit.missing")] == ["info", "info", "info"]
    check_draft, folder = draft
    noisy(folder / "img" / "season.jpg")
    r = check_draft("---\nlang: en\n---\nThe season opens.\n\n![Season two](img/season.jpg)\n")
    assert [f["severity"] for f in found(r, "image-credit.missing")] == ["warning"]


def test_a_portrait_named_after_the_person_the_page_or_its_alt_text_names_needs_no_credit(site):
    check, root = site
    noisy(root / "static" / "img" / "matthew-milan.jpg")
    noisy(root / "static" / "img" / "laura-decicco.jpg")
    assert found(check("---\ntitle: 'Speaker series: Matthew Milan'\nimage: /img/matthew-milan.jpg\n---\n"
                       "A talk on design.\n"), "image-credit.missing") == []
    assert found(check("Our new editor.\n\n![Photo of Laura DeCicco](/img/laura-decicco.jpg)\n"),
                 "image-credit.missing") == []
    # a file named like two words of the title is no portrait; nor a name the page does not give in full
    noisy(root / "static" / "img" / "digital-security.jpg")
    noisy(root / "static" / "img" / "laura-smith.jpg")
    assert len(places(check("---\ntitle: Digital Security 101\nimage: /img/digital-security.jpg\n---\n"
                            "Practical tips, with Laura.\n\n![Attendees at the workshop](/img/laura-smith.jpg)\n"),
                      "image-credit.missing")) == 2


def test_a_stock_photo_on_a_site_still_needs_its_credit(site):
    check, _ = site
    page = ('{{< legacy-img src="2015/07/600-x-400-Laptop-Model-la-iStock-Thinkstock-177522468.jpg" '
            'alt="Uploading documents from a laptop" >}}\n\nSome text about uploads.\n')
    assert [f["severity"] for f in found(check(page), "image-credit.missing")] == ["warning"]


@pytest.mark.parametrize("alt", ["The NHTSA app home screen", "Analytics dashboard for May", "A word cloud of the post",
                                 "Screenshot of the sign-up form", "Valerie's tweet"])
def test_screens_dashboards_and_tweets_need_no_credit(site, alt):
    check, _ = site
    assert found(check(f"Text.\n\n![{alt}](https://cdn.example.org/x1.jpg)\n"), "image-credit.missing") == []


# ----------------------------------------------------------------------------- disclosure.image-consent on a site
def test_a_hospital_named_far_from_a_site_picture_asks_no_consent(site):
    check, root = site
    noisy(root / "static" / "img" / "team-day.jpg")
    page = ("Our medical records are stored at hospitals and doctors' offices.\n\n"
            "We spent the day together.\n\n![Volunteers at our team day](/img/team-day.jpg)\n")
    assert found(check(page), "disclosure.image-consent") == []


def test_a_site_photograph_taken_in_a_hospital_still_asks_consent(site):
    check, root = site
    noisy(root / "static" / "img" / "ward.jpg")
    page = "We visited the ward.\n\n![Nurses and patients at Pikine hospital](/img/ward.jpg)\n"
    assert len(found(check(page), "disclosure.image-consent")) == 1


def test_a_screenshot_on_a_site_asks_no_consent(site):
    check, root = site
    flat(root / "static" / "img" / "app.jpg")
    page = "The hospital app.\n\n![The hospital app](/img/app.jpg) shows hospital wait times.\n"
    assert found(check(page), "disclosure.image-consent") == []


# ----------------------------------------------------------------------------- accessibility.video-captions
def test_a_silent_screen_recording_on_a_site_needs_no_captions(site):
    check, root = site
    mp4(root / "static" / "img" / "demo.mp4", (b"vide",))
    page = '<video controls>\n<source src="/img/demo.mp4">\n</video>\n'
    assert found(check(page), "accessibility.video-captions") == []


def test_a_video_with_sound_on_a_site_still_needs_captions(site):
    check, root = site
    mp4(root / "static" / "img" / "talk.mp4", (b"vide", b"soun"))
    page = '<video controls>\n<source src="/img/talk.mp4">\n</video>\n'
    assert [f["severity"] for f in found(check(page), "accessibility.video-captions")] == ["warning"]


def test_a_remote_video_on_a_site_is_info_and_a_rendered_animation_is_quiet(site):
    check, _ = site
    remote = '<video controls>\n<source src="https://example.org/v/talk.mp4">\n</video>\n'
    assert [f["severity"] for f in found(check(remote), "accessibility.video-captions")] == ["info"]
    rendered = "```r\nav::av_encode_video(files, 'out.mp4')\n```\n\n" + remote.replace("talk", "out")
    assert found(check(rendered), "accessibility.video-captions") == []


def test_a_template_placeholder_is_not_a_video(draft):
    check, _ = draft
    text = "---\nlang: en\n---\nAgenda\n\n<Video Call Link / Backup Teleconference Line\\>\n"
    assert found(check(text), "accessibility.video-captions") == []
    assert len(found(check("---\nlang: en\n---\nWatch.\n\n<video src=\"clip.mp4\"></video>\n"),
                 "accessibility.video-captions")) == 1


@pytest.mark.parametrize("below", [
    '<p><em>Serving the public good in the cold. Photo by <a href="https://example.org/ns">Nina Sandlin</a>.</em></p>',
    "_CarpentryCon 2018 by Berenice Batut, CC BY-SA 2.0_",
    "<figcaption>Photo courtesy: Region 8 office</figcaption>",
    # a caption element of several lines, its credit on the last one; a caption naming the work's authors
    "<br />\n\n<small>\n  <em>The march, from the bridge\n    <br />Awa, Fatou and Jo at the front\n"
    "    <br />Photo by Nina Sandlin, <a href='https://example.org'>Daily Star</a>\n  </em>\n</small>",
    "<br />\n\n<small>\n  <em><a href='https://example.org/app'>Street Atlas</a> by Audrey Henderson</em>\n</small>",
    "_Street Atlas by Audrey Henderson_",
])
def test_a_credit_written_under_the_picture_in_any_markup_counts(draft, below):
    check, folder = draft
    noisy(folder / "img" / "crowd.jpg")
    page = f"---\nlang: en\n---\nThe march.\n\n![The crowd at the march](img/crowd.jpg)\n{below}\n\nMore text.\n"
    assert found(check(page), "image-credit.missing") == []


def test_a_credit_further_down_or_for_another_picture_does_not_count(draft):
    check, folder = draft
    noisy(folder / "img" / "crowd.jpg")
    noisy(folder / "img" / "stage.jpg", seed=2)
    page = ("---\nlang: en\n---\nThe march.\n\n![The crowd at the march](img/crowd.jpg)\n\nWe walked for hours.\n\n"
            "The speeches went on.\n\nPhoto by Nina Sandlin.\n")
    assert len(found(check(page), "image-credit.missing")) == 1
    page = ("---\nlang: en\n---\nThe march.\n\n![The crowd at the march](img/crowd.jpg)\n"
            "![The stage](img/stage.jpg)\nPhoto by Nina Sandlin.\n")
    assert [f["text"] for f in found(check(page), "image-credit.missing")] != []  # the credit is the stage's


def test_by_a_name_in_prose_or_a_caption_closed_before_it_is_no_credit(draft):
    check, folder = draft
    noisy(folder / "img" / "crowd.jpg")
    for below in ("We were joined by Nina Sandlin and her team.",
                  "<small><em>The march</em></small>\n\nWe were joined by Nina Sandlin."):
        page = f"---\nlang: en\n---\nThe march.\n\n![The crowd at the march](img/crowd.jpg)\n{below}\n"
        assert len(found(check(page), "image-credit.missing")) == 1, below


@pytest.mark.parametrize("credit", ["_Photos taken by Ajay from Studio Lumen_",
                                    "Most of the images in this post were taken by Awa Diallo, our volunteer.",
                                    "« Crédits photos : Awa Diallo / Grdr »"])
def test_a_credit_for_all_the_pages_pictures_counts_wherever_it_stands(draft, credit):
    check, folder = draft
    noisy(folder / "img" / "crowd.jpg")
    noisy(folder / "img" / "stage.jpg", seed=2)
    page = (f"---\nlang: en\n---\nThe march.\n\n![The crowd at the march](img/crowd.jpg)\n\nWe walked.\n\n"
            f"{credit}\n\nThe speeches.\n\n![The stage](img/stage.jpg)\n")
    assert found(check(page), "image-credit.missing") == []


def test_the_first_line_credits_the_pages_own_picture_only(draft):
    check, folder = draft
    noisy(folder / "img" / "cover.jpg")
    noisy(folder / "img" / "stage.jpg", seed=2)
    page = ("---\nlang: en\nimages:\n  - src: img/cover.jpg\n---\n*Image source: City archives*\n\nThe march.\n\n"
            "![The stage at the march](img/stage.jpg)\n")
    assert [f["text"] for f in found(check(page), "image-credit.missing")] == ["![The stage at the march](img/stage.jpg)"]
    # a photo taken by someone, said of one picture, is no credit for the others
    page = ("---\nlang: en\n---\nThe march.\n\n![The crowd](img/cover.jpg)\n\nThe photo I took by the river.\n\n"
            "![The stage](img/stage.jpg)\n")
    assert len(found(check(page), "image-credit.missing")) == 2


def test_the_page_picture_credited_in_the_body_needs_no_second_credit(draft):
    check, folder = draft
    noisy(folder / "img" / "pledge.jpg")
    page = ("---\nlang: en\nimage: img/pledge.jpg\n---\nThe pledge.\n\n![Signing the pledge](img/pledge.jpg)\n"
            "Photo by Nancy Stone, Chicago Tribune\n")
    assert found(check(page), "image-credit.missing") == []


# ----------------------------------------------------------------------------- the organisation's own pictures (images2)
@pytest.mark.parametrize("alt,name", [
    ("Table 1. Visits by page. One page is 92 percent.", "600-x-56-visits.jpg"),
    ("The duties of each role", "roles-table.jpg"),  # a data table by its file name, even beside a library's name
    ("Flickr and Instagram fields", "482-x-176-Flickr-Instagram-metadata-table.jpg"),
    ("This table shows the difference in duties", "duties.jpg"),
    ("", "tableau-previsionnel.jpg"),
    ("An illustration of a person at a laptop", "help-desk.jpg"),
    ("Hand-drawn comic about a workshop", "comic-3.jpg"),
    ("Gazouillis de Awa Diallo sur nos horaires", "g1.jpg"),
    ("Avant et après les pages web", "newsletter1.jpg"),
    ("whiteboard image of community drawing", "post-250x188.jpg"),
    ("Example in-person card sort", "cards-5.jpg"),
    ("A 3D rendering of the summit, with river lines", "summit.jpg"),
    ("PetcokeAlerts.org", "petcoke.jpg"),  # a web site by its address: a screenshot of it
    ("The original 2011 IES.ED.GOV/Funding page", "ies.jpg"),
    ("DHS Customs and Border Protection seal", "cbp-seal.jpg"),  # printed matter: a seal, a cover
    ("Cover of the Open Government National Action Plan, 2015", "plan.jpg"),
    ("USA gov Bilingual Content Style Guide", "style.jpg"),
])
def test_tables_drawings_and_the_teams_working_material_need_no_credit(draft, site, alt, name):
    check, folder = draft
    noisy(folder / "img" / name)
    assert found(check(f"---\nlang: en\n---\nText.\n\n![{alt}](img/{name})\n"), "image-credit.missing") == []
    check_site, root = site
    noisy(root / "static" / "img" / name)
    assert found(check_site(f"Text.\n\n![{alt}](/img/{name})\n"), "image-credit.missing") == []


@pytest.mark.parametrize("alt,name", [
    ("Team members sitting at a large table in a restaurant", "lunch.jpg"),  # furniture, not a data table
    ("A group brainstorming with sticky notes", "research-meeting.jpg"),  # people in the picture: a photograph
    ("Volunteers around the whiteboard", "wb.jpg"),
    ("Photo d'illustration : une rue de Dakar", "rue.jpg"),  # « d'illustration »: a photograph illustrating the text
    ("Light bulb with drawing graph", "600-x-400-Light-bulb-Jannoon028-iStock-Thinkstock-515705127.jpg"),  # stock
    ("Our stand at the fair", "tablet-stand.jpg"),
    ("Volunteers of acme.org at the march", "march.jpg"),  # an address beside people: a photograph
    ("The team presenting the annual report to the minister", "report.jpg"),  # people with the report
])
def test_photographs_beside_those_words_still_need_a_credit(draft, alt, name):
    check, folder = draft
    noisy(folder / "img" / name)
    r = check(f"---\nlang: en\n---\nText.\n\n![{alt}](img/{name})\n")
    assert len(found(r, "image-credit.missing")) == 1


def test_a_staff_headshot_named_after_the_person_in_its_alt_text_needs_no_credit(site, draft):
    check, root = site
    noisy(root / "static" / "img" / "catherine.jpg")
    noisy(root / "static" / "img" / "joel.jpg", seed=2)
    page = ('Pairing.\n\n<img alt="Catherine Devlin" src="/img/catherine.jpg" />\n\nThe board.\n\n'
            '<img alt="Our new members at the meeting" src="/img/joel.jpg" />\n')
    assert [f["text"] for f in found(check(page), "image-credit.missing")] == [
        '<img alt="Our new members at the meeting" src="/img/joel.jpg" />']
    check_draft, folder = draft  # in a draft (no site): still asked
    noisy(folder / "img" / "catherine.jpg")
    r = check_draft('---\nlang: en\n---\nPairing.\n\n<img alt="Catherine Devlin" src="img/catherine.jpg" />\n')
    assert len(found(r, "image-credit.missing")) == 1


def test_an_event_picture_named_after_its_speakers_first_name_needs_no_credit(site):
    check, root = site
    noisy(root / "static" / "img" / "458-rebecca.jpg")
    noisy(root / "static" / "img" / "459-crowd.jpg", seed=3)
    page = ('---\ntitle: "Smart cities"\nspeakers:\n  - "Rebecca Williams, Fellow, she/her"\n'
            'image: /img/458-rebecca.jpg\n---\nA talk about smart cities.\n')
    assert found(check(page), "image-credit.missing") == []
    other = page.replace("458-rebecca", "459-crowd")
    assert len(found(check(other), "image-credit.missing")) == 1
    author = page.replace("speakers:", "authors:")  # an author's first name may name anyone: still asked
    assert len(found(check(author), "image-credit.missing")) == 1


def test_a_source_line_under_the_picture_or_the_artist_named_above_is_a_credit(draft):
    check, folder = draft
    noisy(folder / "img" / "lake.jpg")
    page = ("---\nlang: en\n---\nThe lake.\n\n![A technician at the gauge](img/lake.jpg)\n\n"
            "A technician checks the water level. Source: [USGS Multimedia Gallery](https://example.org/g)\n")
    assert found(check(page), "image-credit.missing") == []
    page = ("---\nlang: en\n---\nThe palette is inspired by the paintings of [Ned Kelly](https://a.example.org/x.cfm)"
            " by Sidney Nolan.\n\n![](img/lake.jpg)\n")
    assert found(check(page), "image-credit.missing") == []
    page = ("---\nlang: en\n---\nThe palette is inspired by old paintings by many people.\n\n"
            "![The lake at dawn](img/lake.jpg)\n\nSource of the data: our survey.\n")
    assert len(found(check(page), "image-credit.missing")) == 1  # no artist named, no "Source:" under the picture


def test_a_credit_in_the_front_matters_figure_caption_counts(site):
    check, root = site
    noisy(root / "static" / "img" / "banyan.jpg")
    page = ('---\ntitle: Cloud tenants\nimage: /img/banyan.jpg\nimage_figcaption: "Photo by Ana Lima; CC BY"\n---\n'
            "A post about tenants.\n")
    assert found(check(page), "image-credit.missing") == []
    page = page.replace("Photo by Ana Lima; CC BY", "A banyan tree in the park")
    assert len(found(check(page), "image-credit.missing")) == 1


def test_hugos_figure_with_an_empty_alt_takes_its_caption_as_alt_text(site):
    check, root = site
    noisy(root / "static" / "img" / "stickers.jpg")
    page = 'Stickers.\n\n{{< figure src="/img/stickers.jpg" alt="" caption="Sunny and Steffi show their stickers" >}}\n'
    assert found(check(page), "accessibility.alt-text") == []
    bare = 'Stickers.\n\n{{< figure src="/img/stickers.jpg" alt="" >}}\n'
    assert len(found(check(bare), "accessibility.alt-text")) == 1
