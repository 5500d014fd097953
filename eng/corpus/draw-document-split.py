#!/usr/bin/env python3
"""Draws the fixed development/test split of the whole-document corpus (issue 16).

Run once when documents are added: it keeps every document already in split.tsv where it is and draws only new ones;
a seeded random 25% of the new documents go to the test part, which is only ever scored, never tuned against.
Usage: python3 eng/corpus/draw-document-split.py
"""
import glob
import os
import random

corpus = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "AseanAi.Citations.Web.Tests", "Corpus", "documents")
split_path = os.path.join(corpus, "split.tsv")

existing = {}
if os.path.exists(split_path):
    for line in open(split_path, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            document, part = line.rstrip("\n").split("\t")
            existing[document] = part

documents = sorted(os.path.basename(p)[: -len(".expected.json")] for p in glob.glob(os.path.join(corpus, "*.expected.json")))
new = [d for d in documents if d not in existing]
rng = random.Random(16)
rng.shuffle(new)
test_count = round(len(new) * 0.25)
for i, document in enumerate(new):
    existing[document] = "test" if i < test_count else "dev"

with open(split_path, "w", encoding="utf-8", newline="\n") as out:
    out.write("# document\tpart (drawn by eng/corpus/draw-document-split.py; the test part is only scored)\n")
    for document in sorted(existing):
        out.write(f"{document}\t{existing[document]}\n")
print(f"{sum(1 for p in existing.values() if p == 'test')} test, {sum(1 for p in existing.values() if p == 'dev')} dev documents")
