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
  danger, the writer in danger) and the `not self_or_alarm:` examples; and, generated from classes, someone of the
  writer's ("my colleague") targeted, labelled `none`, beside the same acts done to the writer, labelled `self_story`,
  and the writer who saw it and did nothing, labelled `none`.

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


# Someone of the writer's own ("my colleague", "a girl in my year") or anyone else ("a junior") targeted by someone
# else: a bystander's story, however often it says "my"; beside it, the same acts done to the writer ("me", "my
# weight"), so the words learn whose the target is, not that "my" was said. Classes of people, acts and times, a fixed sample of their combinations.
MINE = ["my coworker", "my colleague", "my sister", "my mum", "my mom", "my friend", "my best mate", "my mate", "my housemate",
        "my flatmate", "my roommate", "my classmate", "a girl in my year", "a lad in my class", "my neighbour", "my niece",
        "my nephew", "my son", "my daughter", "my brother", "my nan", "my grandad", "my aunt", "my cousin", "one of my staff",
        "one of my students", "my teammate", "the new girl on my team", "a woman in my office", "my wife", "my girlfriend",
        "my boyfriend", "my little sister", "my stepmum", "the cleaner at my work", "my friend's daughter", "a junior",
        "the new girl", "the intern", "a young lad", "the waitress", "a student", "an older woman", "the only woman on the team"]
OTHERS = ["a customer", "the same customer", "her boss", "his manager", "our manager", "a guy at work", "some lads", "her ex",
          "his ex", "a man on the bus", "her landlord", "a teacher", "a parent at the school gates", "people online",
          "someone in the group chat", "her boyfriend", "his dad", "our neighbour", "the coach", "a regular", "my dad",
          "my stepdad", "my uncle", "my sister's ex", "my mum's boyfriend", "my friend's husband", "a guy from her gym",
          "the security guard", "some girls at school", "an older colleague"]
# Acts with their object ({o}: "my sister", "me") and its possessive ({p}: "my sister's", "my").
ACTS_ON = ["keeps messaging {o}", "keeps asking {o} out", "keeps making comments about {p} weight", "calls {o} names",
           "keeps putting {o} down in front of everyone", "tracks {p} location", "reads {p} messages",
           "won't let {o} see friends", "keeps touching {o}", "shouts at {o}", "makes jokes about {p} accent", "mocks {o}",
           "keeps following {o} around", "sends {o} creepy messages", "posts nasty comments on {p} photos",
           "tells {o} what to wear", "checks {p} phone", "won't leave {o} alone", "keeps staring at {o}", "calls {o} slurs",
           "is spreading rumours about {o}", "comments on {p} body", "texts {o} late at night", "makes {o} account for every penny",
           "keeps turning up at {p} work", "laughs at {p} stammer", "keeps rating {p} looks", "won't take no from {o}",
           "keeps photographing {p} kids", "bangs on the wall when {p} baby cries", "left a present outside {p} flat",
           "sends parcels to {p} house", "posts {p} photos with comments", "found out {p} address", "waits at the end of {p} route",
           "made a fake account pretending to be {o}", "keeps the spare key to {p} place", "makes racist jokes about {p} boyfriend",
           "makes comments about who {o} brings home", "does impressions of {p} accent on calls"]
WHEN = ["", "every day", "all the time", "every shift", "at work", "online", "and it's getting worse", "what should i do",
        "for months now", "and nobody says anything", "every time", "is that normal"]


def mine_or_me(count=700, seed=11):
    """(label, message) pairs: someone else targeted (`none`) and the writer targeted (`self_story`), as many of each."""
    rng = random.Random(seed)
    rows = set()
    while len(rows) < 2 * count:
        who, act, when = rng.choice(OTHERS), rng.choice(ACTS_ON), rng.choice(WHEN)
        if len(rows) % 2 == 0:
            target = rng.choice(MINE)
            possessive = target + "'s"
            label = "none"
        else:
            target, possessive, label = "me", "my", "self_story"
        text = " ".join(w for w in [who, act.format(o=target, p=possessive), when] if w)
        rows.add((label, text))
    return sorted(rows)


# The writer as the bystander who did nothing, afterwards ("it happened last night and i didn't do anything"): the
# writer's own words, but not the writer targeted.
SAW_IT = ["it happened", "i saw it happen", "i watched it", "it was", "this happened", "i saw the whole thing", "it all happened"]
SAW_WHEN = ["last night", "yesterday", "earlier", "this morning", "on friday", "at the weekend", "an hour ago", "last week"]
DID_NOTHING = ["i didn't do anything", "i didnt do anything", "i just froze", "i said nothing", "i walked away", "i did nothing",
               "i just stood there", "i pretended not to see", "i didnt say a word", "i kept my head down"]


def saw_it_did_nothing():
    return [f"{saw} {when} and {did}" for saw in SAW_IT for when in SAW_WHEN for did in DID_NOTHING][::3]


NEGATED_DANGER = ([f"{who} {what}" for who in NOBODY_HAS for what in WEAPONS]
                  + [f"{who} {what}" for who in NOBODY for what in NOBODY_IS]
                  + [f"{who} {what}" for who in HE_DIDNT for what in ACTS])


# Tuning halves the patterns are tuned on but the models do not learn from: HT and HU (2026-12-02). Learning from them
# moved 13 trainer examples of Dialogues/examples across the override margin (real danger lost at a game or a book
# fair named first; the writer hit or cornered taken for the emergency), so the models keep the examples they had.
PATTERNS_ONLY = ("_ht.tsv", "_hu.tsv", "_hn.tsv", "_ho.tsv", "_hp.tsv", "_hq.tsv")


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
    rows += [label + "\t" + text for label, text in mine_or_me()]
    rows += ["none\t" + text for text in saw_it_did_nothing()]
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
