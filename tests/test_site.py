"""Static-site generators: Hugo, Jekyll, Eleventy pages as drafts (own minimal drafts, no published text)."""
from __future__ import annotations

import json

import pytest

from conftest import run_cli
from postlint.dev.examples import GPS_DAKAR, make_jpeg
from postlint.document import site as sites
from postlint.document.parse import parse_bytes


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def parse(path, **kw):
    return parse_bytes(path.read_bytes(), str(path), base_dir=str(path.parent), **kw)


def findings(p):
    report = json.loads(p.stdout)
    return {f["path"]: f for f in report["files"]}


@pytest.fixture
def hugo(tmp_path):
    root = tmp_path / "hugo"
    write(root / "config.toml", 'baseURL = "https://example.org/"\n')
    (root / "static" / "img").mkdir(parents=True)
    return root


@pytest.fixture
def jekyll(tmp_path):
    root = tmp_path / "jekyll"
    write(root / "_config.yml", "title: Exemple\n")
    (root / "assets" / "img").mkdir(parents=True)
    return root


# ------------------------------------------------------------------------------------------- detection
def test_detection_up_the_tree_and_forced(tmp_path, hugo, jekyll):
    assert sites.detect(str(hugo / "content" / "blog")) == sites.Site("hugo", str(hugo))
    assert sites.detect(str(jekyll / "_posts")).kind == "jekyll"
    assert sites.detect(str(tmp_path / "plain")) is None
    assert sites.detect(str(hugo / "content"), "none") is None
    assert sites.detect(str(tmp_path / "plain"), "eleventy").kind == "eleventy"
    write(tmp_path / "e" / ".eleventy.js", "module.exports = {}\n")
    assert sites.detect(str(tmp_path / "e" / "content")).kind == "eleventy"


def test_untemplated_paths():
    assert sites.untemplated("{{ site.baseurl }}/img/a.jpg") == "/img/a.jpg"
    assert sites.untemplated("{{ .Site.BaseURL }}img/a.jpg") == "img/a.jpg"
    assert sites.untemplated('{{ "/img/a.jpg" | relative_url }}') == "/img/a.jpg"
    assert sites.untemplated("{{ page.image }}") is None


def test_a_translated_bundle_resource_is_found_under_its_language_name(hugo):
    bundle = hugo / "content" / "blog" / "censo"
    write(bundle / "chart.es.png", "")
    site = sites.Site("hugo", str(hugo))
    paths = sites.image_paths("chart.png", str(bundle), site, str(bundle / "index.es.md"))
    assert str(bundle / "chart.es.png") in paths
    # the page in English is not served the Spanish resource: its "chart.png" is missing
    assert not [p for p in sites.image_paths("chart.png", str(bundle), site, str(bundle / "index.en.md"))
                if p.endswith(".es.png")]


# ------------------------------------------------------------------------------------------- front matter
def test_generator_keys_are_not_refused_on_a_site(hugo):
    page = write(hugo / "content" / "blog" / "a.md",
                 "---\ntype: blog\nlayout: post\nlanguage: [English]\ncategories: [news]\nvideo: https://youtu.be/x\n"
                 "images: [/img/cover.jpg]\n---\nOur annual report is out.\n")
    doc = parse(page)
    assert doc.meta.type == "post" and doc.meta.lang == "en" and doc.site == "hugo"
    assert [im.src for im in doc.images] == ["/img/cover.jpg"]
    assert [v.src for v in doc.videos] == ["https://youtu.be/x"]


def test_type_blog_outside_a_site_is_still_refused(tmp_path):
    page = write(tmp_path / "plain" / "a.md", "---\ntype: thred\n---\ntext\n")
    with pytest.raises(Exception, match="did you mean 'thread'"):
        parse(page)


@pytest.mark.parametrize("key,hint", [("imagess", "images"), ("platfroms", "platforms"), ("embrago", "embargo")])
def test_near_miss_of_own_key_gets_did_you_mean(hugo, key, hint):
    page = write(hugo / "content" / "a.md", f"---\n{key}: x\n---\ntext\n")
    with pytest.raises(Exception, match=f"did you mean `{hint}`"):
        parse(page)


def test_toml_front_matter_is_front_matter(hugo):
    page = write(hugo / "content" / "a.md",
                 '+++\ntitle = "Notre rapport annuel"\nauthors = ["Awa Diallo"]\ndraft = true\n'
                 'publishDate = 2099-01-01\n+++\nLe rapport est en ligne.\n')
    doc = parse(page)
    assert doc.front_matter["title"] == "Notre rapport annuel" and doc.body.start > 0
    assert doc.meta.authors == ("Awa Diallo",) and doc.meta.draft
    assert str(doc.meta.publish_date).startswith("2099-01-01")
    assert "Awa" not in doc.body_prose
    assert doc.fm_line("authors") == 3


def test_json_front_matter(hugo):
    page = write(hugo / "content" / "a.md", '{\n  "title": "Rapport",\n  "image": "/img/a.jpg"\n}\nTexte du rapport.\n')
    doc = parse(page)
    assert doc.front_matter["title"] == "Rapport" and [im.src for im in doc.images] == ["/img/a.jpg"]
    assert doc.image_span(doc.images[0]) is not None and doc.position(doc.image_span(doc.images[0]).start)[0] == 3


def test_public_text_of_front_matter_is_prose_at_its_place(hugo):
    page = write(hugo / "content" / "a.md",
                 '---\ntitle: "Les toxicomanes du quartier"\ndescription: >-\n  Une page sur les\n  victimes du sida.\n'
                 'slug: toxicomanes\n---\nCorps du texte.\n')
    doc = parse(page)
    src = doc.source
    title = src.index("Les toxicomanes")
    assert doc.prose[title:title + 15] == "Les toxicomanes"
    assert "toxicomanes\n" not in doc.prose[src.index("slug"):]  # other keys stay masked
    assert "victimes du sida" in doc.prose
    kinds = [b.kind for b in doc.blocks]
    assert kinds[:2] == ["heading", "paragraph"]


# ------------------------------------------------------------------------------------------- images
def test_hugo_page_bundle_and_shortcode_figure_with_gps(hugo):
    bundle = hugo / "content" / "blog" / "visite"
    make_jpeg(bundle / "visite.jpg", gps=GPS_DAKAR)
    write(bundle / "index.md", '---\ntitle: "Visite du centre"\n---\nNous avons visité le centre samedi.\n\n'
                               '{{< figure src="visite.jpg" alt="La cour du centre" caption="Photo : Awa Diallo" >}}\n')
    p = run_cli("check", "--format", "json", "--no-cache", "content", cwd=hugo)
    [entry] = json.loads(p.stdout)["files"]
    rules = [f["rule"] for f in entry["findings"]]
    assert "geotag.exif-gps" in rules and "image-credit.missing" not in rules and "accessibility.alt-text" not in rules
    gps = next(f for f in entry["findings"] if f["rule"] == "geotag.exif-gps")
    assert gps["line"] == 6 and gps["severity"] == "error"
    assert p.returncode == 1 and not entry.get("input_errors")


def test_front_matter_image_from_static_with_gps_and_its_alt_beside_it(hugo):
    make_jpeg(hugo / "static" / "img" / "equipe.jpg", gps=GPS_DAKAR)
    write(hugo / "content" / "a.md", "---\ntitle: Notre équipe\nimage: /img/equipe.jpg\nimage_alt: L'équipe\n"
                                     "image_credit: Awa Diallo\n---\nVoici notre équipe au complet.\n")
    p = run_cli("check", "--format", "json", "--no-cache", "content/a.md", cwd=hugo)
    [entry] = json.loads(p.stdout)["files"]
    gps = [f for f in entry["findings"] if f["rule"] == "geotag.exif-gps"]
    assert [f["line"] for f in gps] == [3] and gps[0]["text"] == "/img/equipe.jpg"
    assert "static/img/equipe.jpg" in gps[0]["suggestions"][0]
    assert not [f for f in entry["findings"] if f["rule"] in ("accessibility.alt-text", "image-credit.missing")]


def test_image_typo_image_is_read_without_a_site(tmp_path):
    folder = tmp_path / "drafts"
    make_jpeg(folder / "img" / "a.jpg", gps=GPS_DAKAR)
    write(folder / "a.md", "---\nimage: img/a.jpg\n---\nPortes ouvertes samedi.\n")
    p = run_cli("check", "--format", "json", "--no-cache", "a.md", cwd=folder)
    assert "geotag.exif-gps" in [f["rule"] for f in json.loads(p.stdout)["files"][0]["findings"]]


def test_jekyll_baseurl_image_resolves_and_missing_one_is_a_warning_not_input_error(jekyll):
    make_jpeg(jekyll / "assets" / "img" / "marche.jpg", gps=GPS_DAKAR)
    write(jekyll / "_posts" / "2026-01-01-marche.md",
          "---\nlayout: post\ntitle: La marche\n---\nRetour sur la marche.\n\n"
          "![La marche]({{ site.baseurl }}/assets/img/marche.jpg)\nPhoto : Awa Diallo\n\n"
          "![Le stand](/assets/img/absente.jpg)\nPhoto : Awa Diallo\n\n"
          '{% include figure.html image="/assets/img/marche.jpg" alt="La marche" caption="Photo : Awa Diallo" %}\n')
    p = run_cli("check", "--format", "json", "--no-cache", "_posts", cwd=jekyll)
    [entry] = json.loads(p.stdout)["files"]
    assert not entry.get("input_errors") and entry["error"] is None
    by_rule = {}
    for f in entry["findings"]:
        by_rule.setdefault(f["rule"], []).append(f)
    assert [f["line"] for f in by_rule["geotag.exif-gps"]] == [7, 13]
    [missing] = by_rule["geotag.image-metadata"]
    assert missing["line"] == 10 and "assets/" in missing["message"] and "static" not in missing["message"]
    assert "disclosure.confidential" not in by_rule


def test_an_image_served_from_a_mounted_folder_is_found_by_its_path_tail(hugo):
    # a theme makes /files/2017/09/ from Hugo's assets/files/blog/2017/09/ (never served as is), and
    # `{{ site.filesurl }}` is a site variable whose value is unknown: found by the path's tail
    make_jpeg(hugo / "assets" / "files" / "blog" / "2017" / "09" / "marche.jpg", gps=GPS_DAKAR)
    make_jpeg(hugo / "assets" / "files" / "blog" / "2017" / "stand.jpg", gps=None)
    make_jpeg(hugo / "static" / "blog" / "2018" / "affiche.jpg", gps=None)  # served as is: /blog/2018/affiche.jpg
    for one in ("a", "b"):  # two files end like "/2019/double.jpg": no guess
        make_jpeg(hugo / "assets" / one / "2019" / "double.jpg", gps=None)
    write(hugo / "content" / "marche.md",
          "---\ntitle: La marche\n---\nRetour sur la marche.\n\n"
          "![La marche](/files/2017/09/marche.jpg)\nPhoto : Awa Diallo\n\n"
          "![La marche]({{ site.filesurl }}/2017/09/marche.jpg)\nPhoto : Awa Diallo\n\n"
          "![Le stand](/files/2017/stand.jpg)\nPhoto : Awa Diallo\n\n"
          "![Absente](/files/2017/09/absente.jpg)\nPhoto : Awa Diallo\n\n"
          "![Double](/files/2019/double.jpg)\nPhoto : Awa Diallo\n\n"
          "![Affiche](/images/blog/2018/affiche.jpg)\nPhoto : Awa Diallo\n")  # a wrong address: broken
    p = run_cli("check", "--format", "json", "--no-cache", "content/marche.md", cwd=hugo)
    [entry] = json.loads(p.stdout)["files"]
    by_rule = {}
    for f in entry["findings"]:
        by_rule.setdefault(f["rule"], []).append(f["line"])
    assert by_rule["geotag.exif-gps"] == [6, 9]  # found, so its GPS is read
    assert by_rule["geotag.image-metadata"] == [15, 18, 21]  # really missing; ambiguous; a wrong address


def test_liquid_image_tags_with_positional_alt(jekyll):
    page = write(jekyll / "_posts" / "a.md",
                 '---\ntitle: x\n---\nTexte.\n\n{% image "assets/img/a.jpg" "" %}\n\n'
                 '{% image_with_class "assets/img/b.jpg" "width-80px" "Un dessin" %}\n')
    doc = parse(page)
    assert [(im.src, im.alt, im.origin) for im in doc.images] == [
        ("assets/img/a.jpg", "", "shortcode"), ("assets/img/b.jpg", "Un dessin", "shortcode")]
    assert doc.text_of(doc.images[1].alt_span) == "Un dessin"


def test_shortcodes_are_markup_not_placeholders(hugo):
    write(hugo / "content" / "a.md",
          '---\ntitle: x\n---\nNotre vidéo de campagne.\n\n{{< youtube id="abc" >}}\n\n{{< note >}}\nÀ lire.\n'
          '{{< /note >}}\n\n{{% def id="x" %}}définition{{% /def %}}\n\n{{< ref "autre.md" >}}\n\nRappel : TODO.\n')
    p = run_cli("check", "--format", "json", "--no-cache", "content/a.md", cwd=hugo)
    [entry] = json.loads(p.stdout)["files"]
    conf = [f for f in entry["findings"] if f["rule"] == "disclosure.confidential"]
    assert [f["text"] for f in conf] == ["TODO"]
    doc = parse(hugo / "content" / "a.md")
    assert [v.src for v in doc.videos] == ["abc"]


def test_theme_shortcode_image_not_found_is_not_reported(hugo):
    write(hugo / "content" / "a.md", '---\ntitle: x\n---\nTexte.\n\n{{< legacy-img src="2016/01/a.jpg" alt="Un graphique" >}}\n')
    p = run_cli("check", "--format", "json", "--no-cache", "content/a.md", cwd=hugo)
    [entry] = json.loads(p.stdout)["files"]
    assert not [f for f in entry["findings"] if f["rule"] == "geotag.image-metadata"] and not entry.get("input_errors")


def test_missing_image_outside_a_site_is_still_an_input_error(tmp_path):
    write(tmp_path / "d" / "a.md", "![Affiche](img/nope.jpg)\nPhoto : X\n")
    p = run_cli("check", "--format", "json", "--no-cache", "a.md", cwd=tmp_path / "d")
    assert p.returncode == 2 and "file not found" in json.loads(p.stdout)["files"][0]["input_errors"][0]


# ------------------------------------------------------------------------------------------- HTML and MDX
def test_prose_inside_html_blocks_is_checked_at_its_place(hugo):
    page = write(hugo / "content" / "a.md",
                 '---\nlang: fr\n---\n<div class="encart">\n  <p>Les toxicomanes sont &amp; restent des personnes.</p>\n'
                 '  <ul><li>Premier point</li></ul>\n  <script>var todo = "TODO";</script>\n</div>\n')
    doc = parse(page)
    at = doc.source.index("Les toxicomanes")
    assert doc.prose[at:at + 15] == "Les toxicomanes" and "&amp;" not in doc.prose and "TODO" not in doc.prose
    assert [b.kind for b in doc.blocks if b.kind != "code"] == ["paragraph", "list_item"]
    p = run_cli("check", "--format", "json", "--no-cache", "content/a.md", cwd=hugo)
    f = next(f for f in json.loads(p.stdout)["files"][0]["findings"] if f["rule"].startswith("stigma"))
    assert (f["line"], f["column"], f["text"]) == (5, 10, "toxicomanes")


def test_mdx_page_is_walked_and_imports_skipped(tmp_path):
    root = tmp_path / "docs"
    write(root / "docusaurus.config.js", "module.exports = {}\n")
    write(root / "blog" / "a.mdx", "---\ntitle: Bilan\n---\nimport Chart from '@site/src/Chart';\n\n"
                                   "Les toxicomanes du quartier.\n\n<Chart data={[1, 2]} />\n")
    p = run_cli("check", "--format", "json", "--no-cache", "blog", cwd=root)
    [entry] = json.loads(p.stdout)["files"]
    assert entry["path"].endswith("a.mdx")
    assert [f["line"] for f in entry["findings"] if f["rule"].startswith("stigma")] == [6]


def test_attachment_in_a_site_folder_is_not_a_draft_unless_named(hugo):
    from docx import Document as Word  # python-docx is a dependency (the .docx reader)

    w = Word()
    w.add_paragraph("Les toxicomanes du quartier.")
    (hugo / "content" / "files").mkdir(parents=True)
    w.save(hugo / "content" / "files" / "rapport.docx")
    write(hugo / "content" / "a.md", "---\ntitle: x\n---\nTexte.\n")
    walked = json.loads(run_cli("check", "--format", "json", "--no-cache", "content", cwd=hugo).stdout)
    assert [f["path"] for f in walked["files"]] == ["content/a.md"]
    named = json.loads(run_cli("check", "--format", "json", "--no-cache", "content/files/rapport.docx", cwd=hugo).stdout)
    assert named["files"][0]["findings"]


# ------------------------------------------------------------------------------------------- languages
def test_language_from_path_and_other_language_skipped_once(hugo):
    write(hugo / "content" / "fr" / "a.md", "---\ntitle: x\n---\nLes toxicomanes du quartier sont venus.\n")
    write(hugo / "content" / "blog" / "b.es.md",
          "---\ntitle: x\n---\nLos toxicómanos del barrio vinieron a la reunión con sus familias.\n")
    write(hugo / "content" / "blog" / "c.md", "---\nlang: de\n---\nDie Drogensüchtigen kamen zum Treffen.\n")
    p = run_cli("check", "--format", "json", "--no-cache", "content", cwd=hugo)
    files = findings(p)
    assert files["content/fr/a.md"]["language"] == "fr"
    for name in ("content/blog/b.es.md", "content/blog/c.md"):
        # skipped (no stigma finding on « toxicómanos »), and the site's own declaration needs no notice
        assert files[name]["findings"] == []


def test_undeclared_page_in_a_third_language_is_skipped(hugo):
    write(hugo / "content" / "blog" / "d.md",
          "---\ntitle: x\n---\nLos toxicómanos del barrio vinieron a la reunión con sus familias y los vecinos de la "
          "comunidad para hablar de la salud, de la vivienda y del trabajo que falta en la ciudad desde hace años.\n")
    p = run_cli("check", "--format", "json", "--no-cache", "content/blog/d.md", cwd=hugo)
    [notice] = json.loads(p.stdout)["files"][0]["findings"]
    assert notice["rule"] == "language.mismatch" and "Spanish" in notice["message"] and p.returncode == 0


def test_generator_keys_close_to_own_keys_are_not_typos(hugo):
    page = write(hugo / "content" / "a.md", "---\nvimeo: 12345\nlayout: post\n---\nNotre vidéo.\n")
    assert parse(page).front_matter["vimeo"] == 12345


def test_hugo_figure_caption_is_its_alt_text(hugo):
    page = write(hugo / "content" / "a.md", '---\ntitle: x\n---\nTexte.\n\n{{< figure src="a.png" caption="Le stand" >}}\n')
    [im] = parse(page).images
    assert im.alt == "Le stand" and im.origin == "shortcode" and im.strict


def test_page_in_another_language_still_has_its_pictures_checked(hugo):
    bundle = hugo / "content" / "blog" / "visita"
    make_jpeg(bundle / "a.jpg", gps=GPS_DAKAR)
    write(bundle / "index.es.md", '---\ntitle: x\n---\nLa visita.\n\n{{< figure src="a.jpg" alt="El patio" >}}\n')
    p = run_cli("check", "--format", "json", "--no-cache", "content", cwd=hugo)
    rules = sorted(f["rule"] for f in json.loads(p.stdout)["files"][0]["findings"])
    assert rules == ["geotag.exif-gps"] and p.returncode == 1


def test_heading_ids_and_theme_resource_names(hugo):
    page = write(hugo / "content" / "a.md", "---\ntitle: x\nimage: team-photo\n---\n## DATA Act {#data-act}\n\n"
                                            "Texte avec #MotDièse.\n")
    doc = parse(page)
    assert [t.text for t in doc.hashtags] == ["#MotDièse"] and doc.images == []
    assert "{#data-act}" not in doc.prose and "DATA Act" in doc.prose


def test_config_site_key(tmp_path):
    from postlint.core.errors import ConfigError
    from postlint.engine import config as cfg

    good = write(tmp_path / "a" / ".postlint.yaml", "site: Hugo\n")
    assert cfg.load(str(good)).site == "hugo"
    assert cfg.load(None).site == "auto"
    bad = write(tmp_path / "b" / ".postlint.yaml", "lang: fr\nsite: wordpress\n")
    with pytest.raises(ConfigError, match="site: unknown site generator 'wordpress'"):
        cfg.load(str(bad))


def test_site_none_turns_profiles_off(hugo):
    page = write(hugo / "content" / "a.md", "---\ntype: blog\n---\ntext\n")
    assert parse(page).meta.type == "post"
    with pytest.raises(Exception, match="unknown type 'blog'"):
        parse(page, site="none")
