"""Where a static site's pictures are served from: Netlify rewrites to another host, template expressions around
an address (own minimal site trees, no published text)."""
from __future__ import annotations

import json

from conftest import run_cli
from postlint.dev.examples import make_jpeg
from postlint.document import site as sites
from postlint.document.parse.inline import attrs


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def missing(cwd, *paths):
    """The image-metadata findings per line of the single draft checked."""
    p = run_cli("check", "--format", "json", "--no-cache", "--select", "geotag.image-metadata", *paths, cwd=cwd)
    assert p.returncode in (0, 1), p.stderr
    [entry] = json.loads(p.stdout)["files"]
    assert not entry.get("input_errors")
    return {f["line"]: f["message"] for f in entry["findings"] if f["rule"] == "geotag.image-metadata"}


def test_netlify_rewrites_to_another_host_are_remote_images(tmp_path):
    root = tmp_path / "hugo"
    write(root / "config.toml", 'baseURL = "https://example.org/"\n')
    # `_redirects` in the folder Hugo publishes as is; a redirect (301) and a local rewrite are not proxies
    write(root / "static" / "_redirects", "# old site\n/assets/*\thttps://old.example.org/assets/:splat\t200\n"
          "/old/*  /img/:splat  301\n/media/*  /files/:splat  200\n/:lang/*  https://x.example.org/:splat  200\n")
    write(root / "netlify.toml", '[build]\n  publish = "public"\n\n[[redirects]]\n  from = "/pics/*"\n'
          '  to = "https://cdn.example.org/pics/:splat"\n  status = 200\n\n[[redirects]]\n  from = "/*"\n'
          '  to = "/404.html"\n  status = 404\n')
    write(root / "public" / "_redirects", "/photos/*  https://photos.example.org/:splat  200!\n")
    make_jpeg(root / "static" / "img" / "present.jpg")
    write(root / "content" / "a.md", "---\ntitle: x\n---\nTexte.\n\n"
          "![Un graphique](/assets/blog/a.png)\n\n"  # 6: proxied by static/_redirects
          '{{< figure src="/pics/b.jpg" alt="Une carte" >}}\n\n'  # 8: proxied by netlify.toml
          "![Une photo](/photos/c.jpg)\n\n"  # 10: proxied (forced) by public/_redirects
          "![Un schéma](/old/d.png)\n\n"  # 12: a redirect to this site: still missing
          "![Un plan](/media/e.png)\n\n"  # 14: a rewrite to this site: still missing
          "![Une image](/img/missing.jpg)\n\n"  # 16: missing
          "![Une image](/img/present.jpg)\n")  # 18: found
    found = missing(root, "content/a.md")
    assert sorted(found) == [12, 14, 16]
    assert "/img/missing.jpg" in found[16]


def test_proxied_patterns(tmp_path):
    root = tmp_path / "s"
    write(root / "_redirects", "/assets/*  https://old.example.org/assets/:splat  200\n"
          "/logo.png  https://cdn.example.org/logo.png  200\n/docs/:id/img/*  https://d.example.org/:splat  200\n")
    write(root / "netlify.toml", "[[redirects]\nbroken =\n")  # not valid TOML: ignored, no traceback
    site = sites.Site("jekyll", str(root))
    assert sites.proxied("/assets/blog/a.png", site)
    assert sites.proxied('{{ "/assets/a.png" | relative_url }}', site)
    assert sites.proxied("/logo.png", site) and not sites.proxied("/logo.png.bak", site)
    assert not sites.proxied("assets/a.png", site)  # relative to the page: not a site-root address
    assert not sites.proxied("/docs/1/img/a.png", site)  # placeholders are not followed
    assert not sites.proxied("/assets/a.png", None)


def test_template_literal_in_an_image_address(tmp_path):
    root = tmp_path / "eleventy"
    write(root / ".eleventy.js", "module.exports = {}\n")
    make_jpeg(root / "assets" / "blog" / "a.jpg")
    write(root / "content" / "posts" / "p.md", "---\ntitle: x\n---\nTexte.\n\n"
          '<img src="{{ "/assets/blog/a.jpg" | url }}" alt="Une capture" />\n\n'  # 6: found from the root
          "<img src='{{ '/assets/blog/a.jpg' | url }}' alt=\"Une capture\" />\n\n"  # 8: found
          '<img src="{{ image | url }}" alt="Une capture" />\n\n'  # 10: a variable: cannot be resolved
          '<img src="{{ "/assets/blog/absent.jpg" | url }}" alt="Une capture" />\n')  # 12: missing
    found = missing(root, "content/posts/p.md")
    assert sorted(found) == [12]
    assert "'/assets/blog/absent.jpg'" in found[12] and "{{" not in found[12]


def test_leftover_liquid_prefix_still_missing(tmp_path):
    root = tmp_path / "hugo"
    write(root / "config.toml", 'baseURL = "https://example.org/"\n')
    make_jpeg(root / "static" / "blog" / "2021" / "a.jpg")
    write(root / "content" / "a.md", "---\ntitle: x\n---\nTexte.\n\n"
          '<img alt="Un graphique" src="{{ site.baseurl }}/images/blog/2021/a.jpg">\n\n'  # 6: not where it says
          '<img alt="Un graphique" src="{{ site.baseurl }}/blog/2021/a.jpg">\n')  # 8: found
    assert sorted(missing(root, "content/a.md")) == [6]


def test_templated_attribute_values():
    assert attrs('<img src="{{ "/a.gif" | url }}" alt="x" />', templates=True) == {"src": '{{ "/a.gif" | url }}',
                                                                                     "alt": "x"}
    assert attrs('<img src="{{ " alt="x">', templates=True)["src"] == "{{ "  # unclosed: as before
    assert attrs('<img src="{{ "/a.gif" | url }}">')["src"] == "{{ "  # other tags keep the plain reading
    assert len(attrs('<img src="' + "{{ x }}{" * 5000 + '">', templates=True)["src"]) == 40000
    assert "src" not in attrs('<img src="' + "{{ x }}{" * 5000 + ">", templates=True)  # unclosed: linear, no hang
