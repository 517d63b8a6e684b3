"""Cost of the stigma check per document, and how it scales with the number of wordlist entries.

    python bench/stigma_matcher.py [--repeat N]

Prints three small tables:
1. cold start: loading the bundled wordlists and building one matcher per language;
2. the whole stigma scan (all nine rules share it) on a ~60-word post and a ~500-word press release;
3. the matcher alone with 50 → 500 entries (bundled entries plus synthetic ones with inflected forms
   and context conditions, like the real lists): the cost per document stays flat, because each word
   of the text costs one dictionary look-up whatever the number of entries.
"""
from __future__ import annotations

import argparse
import time

POST = ("Permanence gratuite chaque mercredi à Ziguinchor. Notre juriste reçoit sans rendez-vous les "
        "travailleuses du sexe victimes de violences, les personnes qui consomment des drogues et les "
        "personnes sans papiers qui n'osent pas porter plainte. Matériel stérile, dépistage du VIH, "
        "orientation vers les traitements. Toutes les consultations sont gratuites. #ZéroDiscrimination")

RELEASE_PARAGRAPH = (
    "Le réseau lance aujourd'hui une équipe mobile qui ira chaque jour à la rencontre des personnes qui "
    "consomment des drogues, de leurs proches et des personnes vivant avec le VIH dans six quartiers de la "
    "ville. L'équipe propose un dépistage rapide du VIH et des hépatites, du matériel d'injection stérile, "
    "de la naloxone et une orientation vers les traitements. Le projet a été préparé pendant huit mois avec "
    "un comité de pairs : des personnes ayant un vécu de consommation, des travailleuses du sexe et des "
    "personnes en situation de handicap ont choisi les horaires, les lieux d'arrêt et les messages. ")
RELEASE = "# Une équipe mobile de réduction des risques\n\n" + "\n\n".join([RELEASE_PARAGRAPH] * 5)


def best_ms(fn, repeat: int) -> float:
    """Best of `repeat` runs: on a shared machine the minimum is the least noisy estimate (as timeit)."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return min(times)


def parsed(text: str, lang: str = "fr"):
    from postlint.document.parse import parse_bytes

    doc = parse_bytes(text.encode("utf-8"), "bench.md", base_dir=".")
    doc.lang = lang
    return doc


def cold_start() -> list[tuple[str, float]]:
    from postlint.lexicon import wordlists
    from postlint.rules.stigma import _scan as stigma

    rows = []
    for lang in ("fr", "en"):
        wordlists._FILES.clear()
        stigma.MATCHERS.clear()
        t0 = time.perf_counter()
        entries, _ = wordlists.merged(lang)
        t1 = time.perf_counter()
        stigma.matchers(lang, (), ())
        t2 = time.perf_counter()
        rows.append((f"load {lang} wordlists ({len(entries)} entries)", (t1 - t0) * 1000))
        rows.append((f"build {lang} matcher", (t2 - t1) * 1000))
    return rows


def scan_cost(repeat: int) -> list[tuple[str, int, float]]:
    from postlint.rules.stigma._scan import scan
    from postlint.engine.config import Settings

    settings = Settings()
    rows = []
    for name, text in (("post", POST), ("press release", RELEASE)):
        doc = parsed(text)
        words = len(text.split())

        def run():
            doc.memo.clear()
            scan(doc, settings)

        run()
        rows.append((name, words, best_ms(run, repeat)))
    return rows


def synthetic(n: int, lang: str = "fr"):
    """n entries: the bundled ones first, then made-up ones shaped like them (inflected, some multi-word,
    some with context conditions)."""
    from postlint.lexicon.terms import TermEntry
    from postlint.lexicon.wordlists import merged

    real, _ = merged(lang)
    out = list(real[:n])
    i = 0
    while len(out) < n:
        word = f"zorglub{i:04d}"
        avoid = [f"{word}·e"] if i % 3 else [f"{word} de quartier{i}"]
        context = {}
        if i % 5 == 0:
            context = {"requires": [{"before": ["les", "des"], "after": [], "person": False}], "window": 3}
        out.append(TermEntry(id=f"synthetic-{i}", avoid=avoid, prefer=["personne"], lang=lang, domain="drug-use",
                             inflect=True, accents="strict", context=context))
        i += 1
    return out


def scaling(repeat: int) -> list[tuple[int, int, float, float, float]]:
    from postlint.lexicon.terms import TermMatcher
    from postlint.lexicon.forms import surface_forms

    post, release = parsed(POST), parsed(RELEASE)
    rows = []
    for n in (50, 100, 200, 300, 500):
        entries = synthetic(n)
        forms = sum(len(surface_forms(e)) for e in entries)
        t0 = time.perf_counter()
        m = TermMatcher(entries)
        build = (time.perf_counter() - t0) * 1000

        def scan(doc):
            return lambda: [list(m.finditer(doc.prose, b.span.start, b.span.end)) for b in doc.text_blocks()]

        rows.append((n, forms, build, best_ms(scan(post), repeat), best_ms(scan(release), repeat)))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=200)
    args = ap.parse_args()

    print("1. Cold start (once per process)")
    for label, ms in cold_start():
        print(f"   {label:<40} {ms:8.1f} ms")

    print("\n2. Whole stigma scan per document (all nine rules share one scan)")
    print(f"   {'document':<16}{'words':>6}{'ms':>10}")
    for name, words, ms in scan_cost(args.repeat):
        print(f"   {name:<16}{words:>6}{ms:>10.3f}")

    print("\n3. Matcher cost by number of entries (French)")
    print(f"   {'entries':>7}{'forms':>7}{'build ms':>10}{'post ms':>10}{'release ms':>12}")
    rows = scaling(args.repeat)
    for n, forms, build, post_ms, release_ms in rows:
        print(f"   {n:>7}{forms:>7}{build:>10.1f}{post_ms:>10.3f}{release_ms:>12.3f}")
    ratio = rows[-1][4] / rows[0][4]
    print(f"\n   press release, 500 vs 50 entries: x{ratio:.2f} (flat ≈ x1)")


if __name__ == "__main__":
    main()
