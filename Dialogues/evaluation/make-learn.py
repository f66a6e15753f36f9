#!/usr/bin/env python3
"""Writes the examples the built-in coach's word models learn from (`learn` in main.coach), from the tuning halves
only: the held-back halves and the fresh batches stay unseen. Standard library only.

- Dialogues/words/plans.tsv: every line of the tuning halves' plans files, every plan example of Dialogues/examples
  (`plan_...:` lines, so what trainers prove there is learned too), and, labelled `none`, every tenth line of the other
  tuning files and the short replies below that are not a plan.
- Dialogues/words/danger.tsv: immediate danger (`danger_learned`): the tuning halves' danger lines (the writer
  watching, and the writer in danger) and the `emergency:` examples; labelled `none`, every other tuning line (not
  danger, bystanders, the writer targeted, plans), the `not alarm:` examples, and harassment happening now without
  violence, generated from classes of people, acts, targets, places and times.
- Dialogues/words/self.tsv: the writer's own story (`self_story`): the tuning halves' self_target lines and the
  `self:` examples; labelled `none`, every other line of the tuning halves' first messages (bystanders, danger, not
  danger, the writer in danger) and the `not self_or_alarm:` examples. (Generated classes of someone of the writer's
  targeted, "my colleague", beside the same acts done to the writer were tried on 2026-12-02: bystanders +16 lines in
  a cross-validation inside the tuning halves, but the writer -5 and bystanders -1 on 7,160 lines of earlier fresh
  batches; left out.)

    python3 Dialogues/evaluation/make-learn.py
"""
import glob, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
NOT_A_PLAN = [
    "idk", "i dont know", "i don't know what to do", "not sure", "no idea", "what do you mean", "what does that mean",
    "no", "yes", "maybe", "ok", "okay", "thanks", "hmm", "can you explain", "explain", "help", "what are the options",
    "none of them", "none of those", "i can't", "i cant do anything", "i'm scared", "i am too scared", "what should i do",
    "tell me more", "go back", "start again", "why", "what if he sees me", "how do i stay safe", "is that safe",
    "is he allowed to do that", "can i just leave", "i don't want to get involved", "what would you do", "which is best",
]
# Danger words said not to be there: the negation the patterns read by their frame, which the word model cannot see.
NOBODY_HAS = ["nobody has", "no one has", "no one's got", "he doesn't have", "she doesn't have", "they don't have",
              "he hasn't got", "there isn't"]
WEAPONS = ["a knife", "a weapon", "a gun", "a blade", "a bat", "anything in his hand"]
NOBODY = ["nobody", "no one", "nobody's", "no one's"]
NOBODY_IS = ["hurt", "bleeding", "been hit", "fighting", "in danger", "touching her", "threatening anyone"]
HE_DIDNT = ["he didn't", "he hasn't", "they didn't", "she didn't", "he never"]
ACTS = ["hit her", "touch her", "hurt anyone", "punch him", "attack anyone", "grab her", "threaten anyone"]
# Harassment happening now without violence, the coach's everyday case ("a man is harassing a woman on the bus right
# now"): present tense and "right now" are not danger by themselves. Classes of people, acts, targets, places and
# times, a fixed sample of their combinations.
HARASSERS = ["a man", "a guy", "some guy", "this guy", "a bloke", "two lads", "a group of men", "an old man", "a drunk guy",
             "some boys", "a woman", "my coworker", "a customer", "some teenagers", "a guy in a suit"]
HARASSING = ["is harassing", "is hassling", "is bothering", "is catcalling", "is making comments at", "is staring at",
             "is being creepy to", "is hitting on", "keeps talking to", "is shouting abuse at", "is making racist comments to",
             "is chatting up", "is pestering", "is leering at", "is whistling at", "won't stop messaging", "keeps asking out",
             "is mocking", "is making sexual comments to", "is calling names", "is being rude to", "is following around"]
PLURAL = {"two lads", "a group of men", "some boys", "some teenagers"}
TARGETS = ["a woman", "a girl", "her", "a young woman", "a teenage girl", "the waitress", "a lady", "a guy", "a man in a turban",
           "the cashier", "a student", "an older woman"]
PLACES = ["", "on the train", "on the bus", "at the bus stop", "in the subway car", "in the bar", "on the platform", "in the shop",
          "at work", "in the park", "on the tram", "at the station"]
TIMES = ["right now", "rn", "", "at the moment", "right now and", "and nobody is doing anything"]


def harassment_now(count=900, seed=7):
    rng = random.Random(seed)
    lines = set()
    while len(lines) < count:
        who, act, target, place, time = (rng.choice(HARASSERS), rng.choice(HARASSING), rng.choice(TARGETS), rng.choice(PLACES),
                                          rng.choice(TIMES))
        if who in PLURAL:
            act = act.replace("is ", "are ", 1).replace("keeps ", "keep ", 1)
        words = [who, act, target, place, time] if rng.random() < 0.6 else [time, who, act, target, place]
        lines.add(" ".join(w for w in words if w))
    return sorted(lines)


NEGATED_DANGER = ([f"{who} {what}" for who in NOBODY_HAS for what in WEAPONS]
                  + [f"{who} {what}" for who in NOBODY for what in NOBODY_IS]
                  + [f"{who} {what}" for who in HE_DIDNT for what in ACTS])


# Tuning halves the patterns are tuned on but the models do not learn from: HT and HU (2026-12-02), then HN-HQ, HV-HY
# (each measured fresh before it was halved). Learning from HT and HU
# moved 13 trainer examples of Dialogues/examples across the override margin (real danger lost at a game or a book
# fair named first; the writer hit or cornered taken for the emergency), so the models keep the examples they had.
PATTERNS_ONLY = ("_ht.tsv", "_hu.tsv", "_hn.tsv", "_ho.tsv", "_hp.tsv", "_hq.tsv", "_hv.tsv", "_hw.tsv", "_hx.tsv", "_hy.tsv", "_hz.tsv", "_ia.tsv", "_ib.tsv", "_ic.tsv", "_id.tsv", "_ie.tsv", "_if.tsv", "_ig.tsv", "_ij.tsv", "_ih.tsv", "_ii.tsv", "_im.tsv", "_in.tsv", "_io.tsv", "_ip.tsv", "_iq.tsv", "_ir.tsv", "_ik.tsv", "_il.tsv", "_iv.tsv", "_iu.tsv", "_ix.tsv", "_iw.tsv", "_iz.tsv", "_iy.tsv", "_ja.tsv", "_is.tsv", "_it.tsv", "_jd.tsv", "_je.tsv", "_jg.tsv", "_jf.tsv", "_jh.tsv", "_ji.tsv")


def tuning_paths():
    return [path for path in sorted(glob.glob(os.path.join(HERE, "tuning", "*.tsv"))) if not path.endswith(PATTERNS_ONLY)]


def tuning_lines(prefixes):
    """(label, message) of every tuning file whose name starts with one of `prefixes`."""
    lines = []
    for path in tuning_paths():
        if os.path.basename(path).startswith(prefixes):
            lines += [tuple(l.rstrip("\n").split("\t", 1)) for l in open(path, encoding="utf-8") if "\t" in l]
    return lines


def example_lines(pattern):
    """The messages of Dialogues/examples lines whose label fits `pattern` (a `known ` mark is allowed)."""
    lines = []
    for path in sorted(glob.glob(os.path.join(HERE, "..", "examples", "*.examples"))):
        for line in open(path, encoding="utf-8"):
            match = re.match(r"^(?:known )?(" + pattern + r"): (.+)$", line.rstrip("\n"))
            if match:
                lines.append((match.group(1), match.group(2)))
    return lines


def write(name, rows):
    out = os.path.join(HERE, "..", "words", name)
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Generated by Dialogues/evaluation/make-learn.py from the tuning halves; do not edit by hand.\n")
        f.write("\n".join(rows) + "\n")
    print(out, len(rows))


def is_danger(name, label):
    return label == "self_danger" or (name.startswith("danger") and label == "danger")


def first_message_files():
    """The tuning files of first messages and plans: not the replies written for the follow-up and the writer's support
    (correction*, time_*), which say "it's my friend" or "it's happening now" to a question the models never see."""
    kinds = ("danger", "not_danger", "self", "bystander", "plans")
    return [path for path in tuning_paths() if os.path.basename(path).startswith(kinds)]


def danger_rows():
    rows, others = [], []
    for path in first_message_files():
        name = os.path.basename(path)
        for line in open(path, encoding="utf-8"):
            if "\t" in line:
                label, text = line.rstrip("\n").split("\t", 1)
                (rows if is_danger(name, label) else others).append(text)
    rows = ["danger_learned\t" + text for text in rows]
    rows += ["danger_learned\t" + text for _, text in example_lines("emergency")]
    rows += ["none\t" + text for text in others]
    rows += ["none\t" + text for _, text in example_lines("not alarm")]
    rows += ["none\t" + text for text in NEGATED_DANGER]
    rows += ["none\t" + text for text in harassment_now()]
    return rows


def self_rows():
    rows = ["self_story\t" + text for label, text in tuning_lines(("self",)) if label == "self_target"]
    rows += ["self_story\t" + text for _, text in example_lines("self")]
    others = [text for label, text in tuning_lines(("self", "bystander", "danger", "not_danger")) if label != "self_target"]
    rows += ["none\t" + text for text in others]
    rows += ["none\t" + text for _, text in example_lines("not self_or_alarm")]
    return rows


def main():
    write("danger.tsv", danger_rows())
    write("self.tsv", self_rows())
    rows = []
    for path in [path for path in tuning_paths() if os.path.basename(path).startswith("plans")]:
        rows += [l.rstrip("\n") for l in open(path, encoding="utf-8") if "\t" in l]
    for path in sorted(glob.glob(os.path.join(HERE, "..", "examples", "*.examples"))):
        for line in open(path, encoding="utf-8"):
            match = re.match(r"^(?:known )?(plan_(?:distract|delegate|document|delay|direct)): (.+)$", line.rstrip("\n"))
            if match:
                rows.append(match.group(1) + "\t" + match.group(2))
    others = []
    for path in first_message_files():
        if os.path.basename(path).startswith("plans"):
            continue
        others += [l.rstrip("\n").split("\t", 1)[1] for l in open(path, encoding="utf-8") if "\t" in l]
    rows += ["none\t" + message for message in others[::10]]
    rows += ["none\t" + message for message in NOT_A_PLAN for _ in range(3)]
    write("plans.tsv", rows)

main()
