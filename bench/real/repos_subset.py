"""The judged random sample, restricted to the findings a later run still reports (a simple random sample of a
population, restricted to a subset, is a simple random sample of that subset): precision of the later run, when
the change only removed findings (it prints the rules of the later run that no judged finding covers).

A judged finding the later run reports at another severity keeps its verdict, with a note: one judged true at a
higher severity is true at a lower one (what should be changed before publishing is worth a look); one judged
false is still counted false (conservative: a false warning may be a fair info finding, judge it again to know).
A finding raised to a higher severity than it was judged at is left out and listed, to be judged again.

    python bench/real/repos_subset.py RAW_DIR_OF_LATER_RUN SAMPLE_VERDICTS.jsonl SAMPLE_PLAN.json \
        OUT_PLAN.json OUT_VERDICTS.jsonl
    python bench/real/repos_sample.py score OUT_VERDICTS.jsonl --plan OUT_PLAN.json --out OUT.md
"""
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from repos_sample import load_findings


RANK = {"info": 0, "warning": 1, "error": 2}


def key(d: dict) -> tuple:
    return (d["repo"], d["path"], d["rule"], d["line"], d.get("column"), d.get("text"))


def main(argv: list[str]) -> int:
    raw, verdicts, plan_in, plan_out, out = argv[:5]
    now = load_findings(Path(raw))
    severity = {key(d): d["severity"] for d in now}
    pop = Counter(d["rule"] for d in now)
    judged = [json.loads(line) for line in open(verdicts, encoding="utf-8") if line.strip()]
    kept, raised = [], []
    for v in judged:
        sev = severity.get(key(v))
        if sev is None:
            continue
        if sev != v["severity"]:
            if RANK[sev] > RANK[v["severity"]]:
                raised.append(v)
                continue
            v = dict(v, severity=sev, reason=f"(judged {v['verdict']} at {v['severity']}, now {sev}) {v['reason']}")
        kept.append(v)
    if raised:
        print(f"{len(raised)} judged findings now at a higher severity, to judge again:", file=sys.stderr)
        for v in raised:
            print(f"  {v['repo']} {v['path']}:{v['line']} [{v['rule']}] {v['text'][:60]}", file=sys.stderr)
    print(f"{len(kept)} of {len(judged)} judged findings still reported; the run has {len(now)} findings",
          file=sys.stderr)
    plan = json.load(open(plan_in, encoding="utf-8"))
    plan["total_findings"] = len(now)
    plan["strata"] = {r: {"population": pop[r], "sampled": sum(1 for v in kept if v["rule"] == r)}
                      for r in sorted(pop)}
    Path(plan_out).write_text(json.dumps(plan, indent=1) + "\n", encoding="utf-8")
    with open(out, "w", encoding="utf-8") as w:
        for v in kept:
            w.write(json.dumps(v, ensure_ascii=False) + "\n")
    unjudged = sorted(r for r in pop if r not in {v["rule"] for v in judged})
    print("rules of the run no judged finding covers:", unjudged, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
