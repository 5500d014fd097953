#!/usr/bin/env python3
"""Draws the fixed development/test split of the reference-line corpus, by document.

Run once when documents are added (it keeps every document already in split.tsv where it is, and draws only new
ones): documents the parser was tuned on before a split existed (legacy.jsonl) go to the development part; of the
others, a seeded random 25% of each collection file's documents go to the test part, which is only ever scored.
Usage: python3 eng/corpus/draw-split.py
"""
import glob
import json
import os
import random

corpus = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "AseanAi.Citations.Tests", "Corpus")
split_path = os.path.join(corpus, "split.tsv")

existing = {}
if os.path.exists(split_path):
    for line in open(split_path, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            document, part = line.rstrip("\n").split("\t")
            existing[document] = part

rng = random.Random(20261207)
for path in sorted(glob.glob(os.path.join(corpus, "lines", "*.jsonl"))):
    documents = []
    for line in open(path, encoding="utf-8"):
        if line.strip():
            document = json.loads(line)["document"]
            if document not in documents:
                documents.append(document)
    new = [d for d in documents if d not in existing]
    if os.path.basename(path) in ("legacy.jsonl", "seed.jsonl"):
        for document in new:
            existing[document] = "dev"
        continue
    rng.shuffle(new)
    test_count = round(len(new) * 0.25)
    for i, document in enumerate(new):
        existing[document] = "test" if i < test_count else "dev"

with open(split_path, "w", encoding="utf-8", newline="\n") as out:
    out.write("# document\tpart (drawn by eng/corpus/draw-split.py; the test part is only scored)\n")
    for document in sorted(existing):
        out.write(f"{document}\t{existing[document]}\n")
print(f"{sum(1 for p in existing.values() if p == 'test')} test, {sum(1 for p in existing.values() if p == 'dev')} dev documents")
