#!/usr/bin/env python3
"""Scores the coach on evaluation sets the way the held-out measurement does: every message goes
through `coach chat --jsonl` as the first message of a fresh session (plans after the three turns
that reach the five-Ds menu), and the tags of the reply decide.

    python3 Dialogues/evaluation/score.py .build/release/coach Dialogues/evaluation/heldback/*.tsv
    MISSES=1 python3 ...    # also list every miss

Files are `label<TAB>message`. A file's name says what it holds: danger*.tsv (must get
safety.emergency), not_danger*.tsv (must not), self*.tsv (self_target: support.self and no
emergency; self_danger: safety.emergency), bystander*.tsv (neither), plans*.tsv (the d.* tag of the
label at the D menu), correction*.tsv (the reply after the writer's support: not_me must leave
support.self, the coach put right; other must keep it), time_after*.tsv (the reply in the follow-up: now
must reach Right now's safety questions) and time_now*.tsv (the reply to Right now's safety question: over
must reach the follow-up). Danger (danger*.tsv and self_danger) is also measured mid-conversation: after
the three turns that reach the five-Ds menu, in a session of its own. Standard library only.
"""
import json, os, subprocess, sys

PREFIX = ["a guy keeps making comments at a woman on the bus", "no, just words", "I am safe and there are people around"]
# correction*.tsv: the reply to the writer's support (the coach read the first message as the writer's own story).
SUPPORTED = ["my manager keeps making comments about my body"]
# time_after*.tsv: the reply in the follow-up (now: "it's happening right now" must reach Right now's safety questions);
# time_now*.tsv: the reply to Right now's safety question (over: "it was last night" must reach the follow-up).
TOLD_AFTER = ["I saw a guy harassing a woman on the bus yesterday"]
TOLD_NOW = ["a guy keeps making comments at a woman on the bus"]


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: score.py COACH FILE.tsv...")
    coach, files = sys.argv[1], sys.argv[2:]
    rows = []
    for path in files:
        for line in open(path, encoding="utf-8"):
            line = line.rstrip("\n")
            if line and not line.startswith("#") and "\t" in line:
                label, text = line.split("\t", 1)
                rows.append((os.path.basename(path), label, text))
    lines, answer, middle = [], {}, {}
    for i, (name, label, text) in enumerate(rows):
        user = f"u{i}"
        if label.startswith("plan_"):
            lines += [{"user": user, "text": p} for p in PREFIX]
        elif name.startswith("correction"):
            lines += [{"user": user, "text": p} for p in SUPPORTED]
        elif name.startswith("time_after"):
            lines += [{"user": user, "text": p} for p in TOLD_AFTER]
        elif name.startswith("time_now"):
            lines += [{"user": user, "text": p} for p in TOLD_NOW]
        lines.append({"user": user, "text": text})
        answer[i] = len(lines) - 1
        if label == "self_danger" or (name.startswith("danger") and label == "danger"):
            lines += [{"user": f"m{i}", "text": p} for p in PREFIX] + [{"user": f"m{i}", "text": text}]
            middle[i] = len(lines) - 1
    out = subprocess.run([coach, "chat", "--jsonl", "--region", "uk"], capture_output=True, text=True,
                         input="\n".join(json.dumps(x) for x in lines) + "\n").stdout.splitlines()
    results, misses = {}, {}
    for i, (name, label, text) in enumerate(rows):
        reply = json.loads(out[answer[i]])
        tags = reply.get("tags", [])
        emergency, support = "safety.emergency" in tags, "support.self" in tags
        kind = name.split(".")[0]  # danger_g, plans_d...: the checks below read the prefix
        if kind.startswith("time_after"):
            now = "safety.check" in tags or emergency
            key, ok = "time put right: happening now", now if label == "now" else not now
        elif kind.startswith("time_now"):
            key, ok = "time put right: it is over", ("followup" in tags) == (label == "over")
        elif kind.startswith("correction"):
            # not_me: put right, so no longer the writer's support; other: still the writer's support.
            key, ok = "put right -> someone else", support if label == "other" else not support
        elif kind.startswith("not_danger"):
            key, ok = "not danger -> no emergency", not emergency
        elif kind.startswith("danger"):
            key, ok = "danger -> emergency", emergency
        elif label == "self_target":
            key, ok = "self -> support.self", support and not emergency
        elif label == "self_danger":
            key, ok = "self in danger -> emergency", emergency
        elif kind.startswith("bystander"):
            key, ok = "bystander -> neither", not emergency and not support
        else:
            key, ok = "plan -> right d.*", ("d." + label[5:]) in tags
        tally = results.setdefault(key, [0, 0])
        tally[0] += ok
        tally[1] += 1
        if not ok:
            misses.setdefault(key, []).append(f"{label}\t{text}\t-> {reply.get('state')} {reply.get('intent')} {tags}")
        if i in middle:
            later = json.loads(out[middle[i]])
            ok = "safety.emergency" in later.get("tags", [])
            tally = results.setdefault("danger mid-conversation", [0, 0])
            tally[0] += ok
            tally[1] += 1
            if not ok:
                misses.setdefault("danger mid-conversation", []).append(f"{label}\t{text}\t-> {later.get('state')} {later.get('intent')} {later.get('tags')}")
    for key, (ok, n) in sorted(results.items()):
        print(f"{key:32s} {ok}/{n} = {100 * ok / n:.1f}%")
    if os.environ.get("MISSES"):
        for key, lines in misses.items():
            print("\n## " + key)
            print("\n".join(lines))


if __name__ == "__main__":
    main()
