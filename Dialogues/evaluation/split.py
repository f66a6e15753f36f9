#!/usr/bin/env python3
"""Splits a blind evaluation set at random into a tuning half and a held-back half, per label.

    python3 Dialogues/evaluation/split.py SEED SUFFIX DIR/*.tsv

writes Dialogues/evaluation/tuning/NAME_SUFFIX.tsv and heldback/NAME_SUFFIX.tsv. Standard library only.
"""
import os, random, sys

def main():
    seed, suffix, files = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
    rng = random.Random(seed)
    here = os.path.dirname(os.path.abspath(__file__))
    for path in sorted(files):
        name = os.path.basename(path)[:-4] + "_" + suffix + ".tsv"
        rows = [l for l in open(path, encoding="utf-8").read().split("\n") if l.strip()]
        by_label = {}
        for row in rows:
            by_label.setdefault(row.split("\t")[0], []).append(row)
        tuning, held = [], []
        for label in sorted(by_label):
            rows = by_label[label][:]
            rng.shuffle(rows)
            tuning += rows[:len(rows) // 2]
            held += rows[len(rows) // 2:]
        for folder, part in (("tuning", tuning), ("heldback", held)):
            with open(os.path.join(here, folder, name), "w", encoding="utf-8") as out:
                out.write("\n".join(part) + "\n")
        print(name, len(tuning), len(held))

if __name__ == "__main__":
    main()
