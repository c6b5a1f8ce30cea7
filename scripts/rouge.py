#!/usr/bin/env python3
"""ROUGE-1/2/Lsum F1 (stemmed, the rouge-score package) for the evaluation command.

Reads JSON lines {id, lede: [sentences], lead: [sentences], reference} on stdin and prints the
mean F1 of each for Lede and for Lead-3. Candidate sentences are joined by newlines, as
ROUGE-Lsum needs; the BBC references run their sentences together, and are scored both as one
block (what the peers' figures were computed with: Lead-3 then matches their 40.8) and split
into sentences."""
import json
import re
import sys

try:
    from rouge_score import rouge_scorer
except ImportError:
    sys.exit("rouge-score is not installed (pip install rouge-score)")

scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
SPLIT = re.compile(r"(?<=[.!?\"])(?=[A-Z\"])")
keys = ("rouge1", "rouge2", "rougeLsum")
sums = {"lede": [0.0] * 4, "lead": [0.0] * 4}
n = 0
for line in sys.stdin:
    item = json.loads(line)
    reference = item["reference"]
    for who in ("lede", "lead"):
        candidate = "\n".join(item[who])
        scores = scorer.score(reference, candidate)
        for i, k in enumerate(keys):
            sums[who][i] += scores[k].fmeasure
        sums[who][3] += scorer.score(SPLIT.sub("\n", reference), candidate)["rougeLsum"].fmeasure
    n += 1
for who, label in (("lede", "Lede"), ("lead", "Lead-3")):
    r1, r2, rl, rls = (100 * x / max(n, 1) for x in sums[who])
    print(f"  ROUGE-1/2/Lsum F1 {label}: {r1:.1f}/{r2:.1f}/{rl:.1f} (Lsum with the reference split into sentences: {rls:.1f})")
