#!/usr/bin/env python3
"""Cost of the image-metadata checks and of the minors check with the French model.

    python bench/images_minors.py                 # everything, printed as Markdown
    python bench/images_minors.py --images 100 --posts 200 --repeat 3 --json out.json

Measured:
  (1) per image: `postlint.images.exif.read_metadata` (what `geotag.*` pay per local image) and
      `strip_bytes` (what `strip-metadata` pays, in memory), on generated JPEG/PNG/WebP files;
  (2) the French model's load, each in a fresh process: `import spacy` alone, the fast loader and
      `spacy.load()` (NER only) — wall time and peak memory;
  (3) per document, model already loaded: the `minors.identifying-details` rule alone on French posts
      without a child cue (no NER), posts with a cue (NER on the cue's sentences) and press releases.
Medians (and p95 for images). Inputs are generated from templates, deterministic for a seed.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

FIRST = ["Moussa", "Awa", "Fatou", "Aïcha", "Ibrahima", "Mariama", "Ousmane", "Khady", "Binta", "Amadou"]
LAST = ["Ndiaye", "Diallo", "Sarr", "Ba", "Fall", "Sow", "Diop", "Traoré", "Camara", "Cissé"]
TOWNS = ["Pikine", "Thiès", "Ziguinchor", "Kolda", "Kaolack", "Saint-Louis", "Tambacounda"]
PLAIN = [
    "Maraude de nuit à {town} : {n} personnes rencontrées, {k} kits distribués et {o} orientations vers le centre de santé.",
    "Merci à {first} {last}, notre coordinatrice, pour l'atelier de réduction des risques de samedi à {town}.",
    "Le groupe de parole de {town} se réunit chaque premier samedi du mois. Toutes et tous sont les bienvenus.",
    "Formation des pairs éducateurs à {town} : {n} participantes, trois jours d'échanges et un guide commun.",
]
CHILD = [
    "{first} {last}, {age} ans, élève de CE2 à l'école élémentaire {town} {k}, a terminé premier de sa classe.",
    "Une fillette de {age} ans, {first}, vit dans le quartier de Médina avec sa grand-mère {first2} {last}.",
    "Les {n} enfants du programme de soutien scolaire de {town} ont reçu leurs kits. Bravo à {first} {last} !",
    "{first}* a {age} ans et rêve de devenir médecin. (*le prénom a été modifié)",
]


def _fill(template: str, rng: random.Random) -> str:
    return template.format(first=rng.choice(FIRST), first2=rng.choice(FIRST), last=rng.choice(LAST),
                           town=rng.choice(TOWNS), n=rng.randint(10, 90), k=rng.randint(1, 9),
                           o=rng.randint(1, 20), age=rng.randint(5, 16))


def post(rng: random.Random, child: bool) -> str:
    body = [_fill(rng.choice(CHILD if child else PLAIN), rng)] + [_fill(rng.choice(PLAIN), rng) for _ in range(2)]
    rng.shuffle(body)
    return "---\nlang: fr\n---\n" + "\n\n".join(body) + "\n"


def release(rng: random.Random) -> str:
    paras = [_fill(rng.choice(PLAIN), rng) + " " + _fill(rng.choice(PLAIN), rng) for _ in range(6)]
    paras.insert(2, _fill(CHILD[0], rng))
    return "---\nlang: fr\ntype: press-release\n---\n# Rentrée scolaire\n\n" + "\n\n".join(paras) + "\n"


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p * (len(values) - 1))))]


# ------------------------------------------------------------------------------------------- images
def bench_images(count: int, repeat: int) -> list[dict]:
    from PIL import Image

    from postlint.images import exif, strip

    sys.path.insert(0, str(ROOT / "tests"))
    from test_exif import GPS_DAKAR, XMP_CITY, make_exif  # the test suite's generators

    rows = []
    folder = Path(tempfile.mkdtemp(prefix="postlint-bench-img-"))
    kinds = [("JPEG 160×120, GPS", "jpg", (160, 120), {}), ("JPEG 4000×3000, GPS + XMP", "jpg", (4000, 3000), {"xmp": XMP_CITY}),
             ("PNG 800×600, GPS", "png", (800, 600), {}), ("WebP 800×600, GPS", "webp", (800, 600), {})]
    for label, ext, size, extra in kinds:
        n = count if size[0] < 1000 else max(5, count // 20)
        paths = []
        base = Image.new("RGB", size, (200, 180, 160))
        for i in range(n):
            p = folder / f"{ext}-{size[0]}-{i}.{ext}"
            base.save(p, exif=make_exif(GPS_DAKAR, owner="Awa Diallo"), **extra)
            paths.append(str(p))
        reads, strips = [], []
        for _ in range(repeat):
            for p in paths:
                t0 = time.perf_counter()
                meta = exif.read_metadata(p)
                reads.append((time.perf_counter() - t0) * 1000)
                assert meta.gps is not None
        for p in paths[: max(5, n // 4)]:
            data = open(p, "rb").read()
            t0 = time.perf_counter()
            strip.strip_bytes(data)
            strips.append((time.perf_counter() - t0) * 1000)
        rows.append({"image": label, "files": n, "bytes": os.path.getsize(paths[0]),
                     "read_ms_median": statistics.median(reads), "read_ms_p95": pct(reads, 0.95),
                     "strip_ms_median": statistics.median(strips)})
    return rows


# ------------------------------------------------------------------------------------------- model load
LOAD_PROBE = """
import time, resource, sys
t0 = time.perf_counter()
{body}
print(round(time.perf_counter() - t0, 3), round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1))
"""


def bench_load(repeat: int) -> list[dict]:
    probes = {
        "import spacy": ("import spacy", {}),
        "fast loader (tok2vec + ner, no spacy.lang.fr)": ("from postlint.text import nlp\nassert nlp.french_ner() is not None",
                                                         {"POSTLINT_SPACY_LOADER": "fast"}),
        "spacy.load (tok2vec + ner)": ("from postlint.text import nlp\nassert nlp.french_ner() is not None",
                                      {"POSTLINT_SPACY_LOADER": "standard"}),
    }
    rows = []
    for label, (body, env) in probes.items():
        walls, mems = [], []
        for _ in range(repeat):
            out = subprocess.run([sys.executable, "-c", LOAD_PROBE.format(body=body)], capture_output=True, text=True,
                                 env={**os.environ, **env, "PYTHONPATH": str(ROOT / "src")}, timeout=600)
            if out.returncode:
                raise SystemExit(f"{label}: {out.stderr[-500:]}")
            w, m = out.stdout.split()
            walls.append(float(w))
            mems.append(float(m))
        rows.append({"what": label, "seconds_median": statistics.median(walls), "seconds_min": min(walls),
                     "peak_rss_mb": statistics.median(mems)})
    return rows


# ------------------------------------------------------------------------------------------- minors per doc
def bench_minors(posts: int, repeat: int, seed: int) -> list[dict]:
    from postlint.engine import config
    from postlint.text import lang, nlp
    from postlint.rules.minors.identifying_details import identifying_details, ner_found
    from postlint.document.parse import parse_bytes
    from postlint.core.rule import Context

    assert nlp.french_ner() is not None, nlp.status
    rng = random.Random(seed)
    sets = {"posts without a child cue": [post(rng, False) for _ in range(posts)],
            "posts with a child cue": [post(rng, True) for _ in range(posts)],
            "press releases with a child cue": [release(rng) for _ in range(max(10, posts // 10))]}
    settings = config.Settings()
    rows = []
    for label, texts in sets.items():
        times, findings, ner_docs = [], 0, 0
        for _ in range(repeat):
            for text in texts:
                doc = parse_bytes(text.encode("utf-8"), "bench.md")
                lang.resolve(doc, settings)
                ctx = Context(rule=identifying_details, doc=doc, severity="error", options={}, settings=settings,
                              today=date.today())
                t0 = time.perf_counter()
                found = list(identifying_details.check(doc, ctx))
                times.append((time.perf_counter() - t0) * 1000)
                findings += len(found)
                ner_docs += bool(ner_found(doc))
        words = statistics.mean(len(t.split()) for t in texts)
        rows.append({"documents": label, "count": len(texts), "words_mean": round(words), "ms_median": statistics.median(times),
                     "ms_mean": statistics.mean(times), "share_with_ner": ner_docs / (len(texts) * repeat),
                     "findings_per_doc": findings / (len(texts) * repeat)})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--images", type=int, default=100)
    ap.add_argument("--posts", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--json", help="also write the numbers to this file")
    args = ap.parse_args()
    images = bench_images(args.images, args.repeat)
    load = bench_load(args.repeat)
    minors = bench_minors(args.posts, args.repeat, args.seed)
    print(f"# postlint images & minors benchmark ({os.cpu_count()} CPU, Python {sys.version.split()[0]})\n")
    print("## Image metadata, per image\n\n| image | files | size | read (median / p95) | strip, in memory |")
    print("| --- | --- | --- | --- | --- |")
    for r in images:
        print(f"| {r['image']} | {r['files']} | {r['bytes'] / 1024:.0f} KB | {r['read_ms_median']:.2f} / {r['read_ms_p95']:.2f} ms "
              f"| {r['strip_ms_median']:.2f} ms |")
    print("\n## French model load (fresh process each time)\n\n| what | wall (median, min) | peak memory |\n| --- | --- | --- |")
    for r in load:
        print(f"| {r['what']} | {r['seconds_median']:.2f} s ({r['seconds_min']:.2f}) | {r['peak_rss_mb']:.0f} MB |")
    print("\n## minors.identifying-details, per document (model loaded)\n")
    print("| documents | count | words | median | mean | NER ran | findings/doc |\n| --- | --- | --- | --- | --- | --- | --- |")
    for r in minors:
        print(f"| {r['documents']} | {r['count']} | {r['words_mean']} | {r['ms_median']:.2f} ms | {r['ms_mean']:.2f} ms "
              f"| {r['share_with_ner']:.0%} | {r['findings_per_doc']:.2f} |")
    if args.json:
        Path(args.json).write_text(json.dumps({"images": images, "load": load, "minors": minors}, indent=2))


if __name__ == "__main__":
    main()
