#!/usr/bin/env python3
"""ROUGE-1/2/Lsum F1 (stemmed, the rouge-score package) for the evaluation command.

Reads JSON lines {id, lede: [sentences], lead: [sentences], reference} on stdin and prints the
mean F1 of each for Lede and for Lead-3. Sentences are joined by newlines, as ROUGE-Lsum needs."""
import json
import sys

try:
    from rouge_score import rouge_scorer
except ImportError:
    sys.exit("rouge-score is not installed (pip install rouge-score)")

scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
sums = {"lede": [0.0, 0.0, 0.0], "lead": [0.0, 0.0, 0.0]}
n = 0
for line in sys.stdin:
    item = json.loads(line)
    reference = item["reference"]
    # The BBC references run sentences together; split them for ROUGE-Lsum.
    import re
    reference = re.sub(r"(?<=[.!?\"])(?=[A-Z\"])", "\n", reference)
    for key in ("lede", "lead"):
        scores = scorer.score(reference, "\n".join(item[key]))
        for i, name in enumerate(("rouge1", "rouge2", "rougeLsum")):
            sums[key][i] += scores[name].fmeasure
    n += 1
for key, label in (("lede", "Lede"), ("lead", "Lead-3")):
    r1, r2, rl = (100 * x / max(n, 1) for x in sums[key])
    print(f"  ROUGE-1/2/Lsum F1 {label}: {r1:.1f}/{r2:.1f}/{rl:.1f}")
