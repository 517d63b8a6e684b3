"""`postlint init`: ask for (or take as options) the organisation's name, handles, hashtags, website and
campaigns, and write a commented `.postlint.yaml` that the brand and disclosure rules read.

The file is checked with the same validator as `postlint check` before it is written, and written
atomically; an existing file is kept unless `--force`.
"""
from __future__ import annotations

import json
import os
import sys
from datetime import date

import click

from postlint.core.errors import ConfigError
from postlint.core.vocab import LANGS, PLATFORMS, platform_name


def _q(value: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


def _qlist(values) -> str:
    return "[" + ", ".join(_q(v) for v in values) + "]"


def parse_handle(text: str) -> tuple[str, str]:
    """"x=@foo" → ("x", "@foo"); "@foo" → ("any", "@foo")."""
    text = text.strip()
    if "=" in text:
        platform, handle = (p.strip() for p in text.split("=", 1))
        name = platform_name(platform)
        if name is None:
            raise click.BadParameter(f"unknown platform {platform.lower()!r} (allowed: {', '.join(PLATFORMS)})",
                                     param_hint="--handle")
        platform = name
    else:
        platform, handle = "any", text
    if not handle.strip("@ "):
        raise click.BadParameter(f"empty handle in {text!r}", param_hint="--handle")
    if platform != "facebook" and not handle.startswith("@"):
        handle = "@" + handle
    return platform, handle


def _hashtag(text: str) -> str:
    text = text.strip()
    return text if text.startswith("#") else "#" + text


def _website(text: str) -> str:
    text = text.strip()
    return text if "://" in text else "https://" + text


def parse_campaign(text: str) -> tuple[str, str]:
    """"#X=campagne/**" → ("#X", "campagne/**"); "#X" → ("#X", "campaigns/x/**"), a folder of its own."""
    tag, _, files = text.partition("=")
    tag = _hashtag(tag)
    if not tag.strip("# "):
        raise click.BadParameter(f"empty hashtag in {text!r}", param_hint="--campaign")
    return tag, files.strip() or f"campaigns/{tag.lstrip('#').lower()}/**"


def render(*, names, handles, hashtags, website, campaigns, lang, region, email_domains=()) -> str:
    """The commented configuration text. `campaigns`: (hashtag, files glob) pairs; `lang` None: detected."""
    today = date.today().isoformat()
    out = [
        f"# postlint configuration, written by `postlint init` on {today}.",
        "# Every draft in this folder and below uses it. `postlint rules` lists the rules,",
        "# `postlint explain RULE_ID` says what one checks and why.",
        "",
    ]
    if lang in LANGS:
        out += ["# Language of drafts that do not declare one in their front matter (fr | en); remove this line",
                "# to have each draft's language detected.", f"lang: {lang}", ""]
    else:
        out += ["# The language of each draft is detected (French or English) unless its front matter says",
                "# `lang:`. To check every draft as one language: lang: fr (or en).", "# lang: fr", ""]
    if region:
        out += ["# Country whose numbering plan reads phone numbers written without +NN (SN, ML, FR, CH, CI, BE…).",
                f"region: {region}", ""]
    else:
        out += ["# Country whose numbering plan reads phone numbers written without +NN (SN, ML, FR, CH, CI, BE…).",
                "# region: SN", ""]
    out += ["organization:",
            "  # Accepted spellings of the organisation's name, exact case: brand.name flags any other spelling",
            "  # and fixes it to the nearest one (one spelling per language, e.g. \"ACT Alliance\", \"Alliance ACT\")."]
    out.append(f"  names: {_qlist(names)}" if names else "  names: []")
    out += ["  # Official handles per platform (x, facebook, instagram, linkedin, …): brand.handle flags near misses."]
    if handles:
        out.append("  handles:")
        out += [f"    {p}: {_q(h)}" for p, h in handles.items()]
    else:
        out.append("  # handles: {x: \"@our_org\", facebook: \"ourorg\"}")
    out += ["  # Official hashtags: brand.hashtag flags near misses."]
    out.append(f"  hashtags: {_qlist(hashtags)}" if hashtags else "  # hashtags: [\"#OurOrg\"]")
    out += ["  # Website: e-mail addresses at its domain are the organisation's own (disclosure.personal-contact)."]
    out.append(f"  website: {_q(website)}" if website else "  # website: https://www.example.org")
    out += ["  # Other e-mail domains of the organisation."]
    out.append(f"  email_domains: {_qlist(email_domains)}" if email_domains else "  # email_domains: [example.sn]")
    out += ["  # Official phone numbers (press line, hotline): never reported as personal numbers.",
            "  # phones: [\"+221 33 825 14 10\"]",
            "  # Extra disclaimer phrases accepted on personal accounts (brand.disclaimer).",
            "  # disclaimers: [\"Tweets perso\"]",
            ""]
    out += ["# Campaign hashtags. A draft joins a campaign with `campaign: \"#OurCampaign\"` in its front matter;",
            "# posts and threads under `files:` (globs relative to this file) belong to it too. Either way they",
            "# must carry its hashtag (hashtags.campaign). A plain string (campaigns: [\"#OurCampaign\"]) only",
            "# names a campaign: drafts that declare it must carry it, the others are not asked to."]
    if campaigns:
        out.append("campaigns:")
        for tag, files in campaigns:
            out += [f"  - hashtag: {_q(tag)}", f"    files: {_q(files)}"]
    else:
        out += ["# campaigns:", "#   - hashtag: \"#OurCampaign\"", "#     files: \"campaigns/ourcampaign/**\""]
    out += ["",
            "# Rules: a category or a rule id → off | error | warning | info | {options}.",
            "# rules:",
            "#   hashtags.count: {max: 3}",
            "#   tone.exclamation: {max: 1}",
            "#   tone.emoji: {max: 3}",
            "#   disclosure.lived-experience: {past_severity: warning}",
            "",
            "# Drafts in press/ are press releases unless their front matter says otherwise.",
            "# overrides:",
            "#   - files: \"press/**\"",
            "#     type: press-release",
            ""]
    return "\n".join(out)


def _ask_list(label: str, default: list[str]) -> list[str]:
    raw = click.prompt(label + " (comma-separated, empty for none)", default=", ".join(default), show_default=bool(default))
    return [v.strip() for v in raw.split(",") if v.strip()]


@click.command()
@click.option("--name", "names", multiple=True, help="Accepted spelling of the organisation's name (repeatable).")
@click.option("--handle", "handles", multiple=True, metavar="PLATFORM=@HANDLE",
              help="Official handle, e.g. x=@ourorg (repeatable; without PLATFORM= it counts on every platform).")
@click.option("--hashtag", "hashtags", multiple=True, help="Official hashtag (repeatable).")
@click.option("--website", help="The organisation's website (its domain marks the organisation's e-mail).")
@click.option("--email-domain", "email_domains", multiple=True, help="Another e-mail domain of the organisation.")
@click.option("--campaign", "campaigns", multiple=True, metavar="#TAG[=GLOB]",
              help="Campaign hashtag, and the drafts it applies to (default GLOB: campaigns/TAG/**; a draft "
                   "elsewhere joins with `campaign:` in its front matter). Repeatable.")
@click.option("--lang", type=click.Choice(("auto", *LANGS)), default=None,
              help="Language of the drafts; auto (the default) detects each draft's language.")
@click.option("--region", help="Country code for national phone numbers (SN, ML, FR, CH…).")
@click.option("--output", "-o", default=".postlint.yaml", show_default=True, type=click.Path(dir_okay=False),
              help="Where to write the configuration.")
@click.option("--yes", "-y", is_flag=True, help="Do not ask: use the options given and defaults.")
@click.option("--force", is_flag=True, help="Overwrite an existing configuration file.")
def init(names, handles, hashtags, website, email_domains, campaigns, lang, region, output, yes, force):
    """Write a commented .postlint.yaml for an organisation (asks, or takes options)."""
    if os.path.exists(output) and not force:
        click.echo(f"{output} already exists; use --force to overwrite it.", err=True)
        sys.exit(2)
    names = [n.strip() for n in names if n.strip()]
    handle_map = dict(parse_handle(h) for h in handles if h.strip())
    tags = [_hashtag(t) for t in hashtags if t.strip("# ")]
    camps = [parse_campaign(c) for c in campaigns if c.strip("# ")]
    if not yes:
        if not names:
            names = _ask_list("Organisation name(s), as they must be spelt", [])
        if not handle_map:
            for raw in _ask_list("Official handles, as platform=@handle (x=@ourorg)", []):
                p, h = parse_handle(raw)
                handle_map[p] = h
        if not tags:
            tags = [_hashtag(t) for t in _ask_list("Official hashtags", []) if t.strip("# ")]
        if website is None:
            website = click.prompt("Website (empty for none)", default="", show_default=False)
        if not camps:
            camps = [parse_campaign(c) for c in _ask_list("Campaign hashtags, as #Tag or #Tag=folder/**", [])
                     if c.strip("# ")]
        if lang is None:
            lang = click.prompt("Language of the drafts (auto: detect each one)", type=click.Choice(("auto", *LANGS)),
                                default="auto")
        if region is None:
            region = click.prompt("Country code for phone numbers (SN, ML, FR…; empty for none)", default="",
                                  show_default=False)
    region = (region or "").strip().upper() or None
    if region and not (len(region) == 2 and region.isalpha()):
        raise click.BadParameter(f"{region!r} is not a two-letter country code", param_hint="--region")
    text = render(names=names, handles=handle_map, hashtags=tags, website=_website(website) if website else "",
                  campaigns=camps, lang=lang if lang in LANGS else None, region=region,
                  email_domains=[d.strip().lstrip("@") for d in email_domains if d.strip()])
    try:
        _validate(text, output)
    except ConfigError as e:  # a value the config format refuses: say which, write nothing
        click.echo(f"postlint init: {e}", err=True)
        sys.exit(2)
    from postlint.core.files import write_atomic

    write_atomic(output, text.encode("utf-8"))
    click.echo(f"Wrote {output}. Check a draft with: postlint check DRAFT.md")


def _validate(text: str, path: str) -> None:
    """The same checks `postlint check` applies when it loads the file."""
    from postlint.document.parse.yamlpos import load_with_lines
    from postlint.engine import config

    data, lines = load_with_lines(text, os.path.abspath(path), ConfigError)
    config.validate(data or {}, lines, os.path.abspath(path))
