#!/usr/bin/env python3
"""Splits the held-out interchange corpus by file into a test part and a dev part, and writes the split to split.tsv.

The test files are only scored: their failures are never looked at to decide what to fix. The dev files are read to
find what the readers get wrong. The draw is seeded so that the split is the same on every run; it was drawn once,
before any reader change was made against this corpus, and a file added later goes to the part the draw gives it.
Run: python3 eng/interchange/heldout-split.py
"""
import pathlib, random

ROOT = pathlib.Path(__file__).resolve().parents[2] / "tests/AseanAi.Citations.Tests/Corpus/interchange-heldout"
SEED = 17  # the number; any fixed seed would do

files = sorted(p.name for p in ROOT.iterdir() if p.suffix.lower() in (".bib", ".ris", ".json"))
test = set(random.Random(SEED).sample(files, len(files) // 2))
with open(ROOT / "split.tsv", "w", encoding="utf-8") as out:
    out.write("# file\tpart (written by eng/interchange/heldout-split.py, seed 17; test files are scored, never studied)\n")
    for name in files:
        out.write(f"{name}\t{'test' if name in test else 'dev'}\n")
print(f"{len(files)} files: {len(test)} test, {len(files) - len(test)} dev")
