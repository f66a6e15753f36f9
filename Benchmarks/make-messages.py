#!/usr/bin/env python3
"""Writes Benchmarks/messages.txt: the realistic message mix the turn benchmark replays.

Every message of the evaluation sets (situations, danger, false alarms, the writer as target,
plans), the short answers people give to questions, and phone-typed variants (a dropped or
swapped letter) of a seeded sample, so spelling tolerance is exercised too.
"""
import glob, os, random
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
lines = []
for path in sorted(glob.glob(os.path.join(root, "Dialogues", "evaluation", "*", "*.tsv"))):
    for line in open(path, encoding="utf-8"):
        if "\t" in line and not line.startswith("#"):
            lines.append(line.rstrip("\n").split("\t", 1)[1])
short = ["yes", "no", "1", "2", "3", "4", "5", "ok", "thanks", "not sure", "back", "help", "restart", "hi",
         "practice", "learn the 5ds", "it's happening right now", "something happened yesterday", "on the bus",
         "at work", "online", "in a bar", "on the street", "I'm safe and there are people around",
         "no, it's just words", "no but it feels tense", "yes there's a weapon", "I froze", "a friend",
         "a colleague", "someone I don't know", "it went well", "it went badly", "not yet", "next"]
rng = random.Random(2026)
def typo(text):
    words = text.split()
    candidates = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not candidates:
        return None
    i = rng.choice(candidates); w = words[i]; k = rng.randrange(1, len(w) - 1)
    words[i] = w[:k] + w[k + 1] + w[k] + w[k + 2:] if rng.random() < 0.5 else w[:k] + w[k + 1:]
    return " ".join(words)
variants = [t for t in (typo(l) for l in rng.sample(lines, min(600, len(lines)))) if t]
seen, mix = set(), []
for m in lines + short + variants:
    if m not in seen:
        seen.add(m); mix.append(m)
rng.shuffle(mix)
with open(os.path.join(root, "Benchmarks", "messages.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(mix) + "\n")
print(len(mix), "distinct messages")
