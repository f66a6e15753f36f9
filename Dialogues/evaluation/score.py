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
must reach the follow-up), reply_<question>_*.tsv (a typed answer to one of the coach's questions, listed in
questions.tsv: a reply labelled with a number must reach the state that button's own text reaches, without a fallback;
one labelled danger must reach the emergency guidance). Danger (danger*.tsv and self_danger) is also measured mid-conversation: after
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


QUESTIONS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.tsv")


def read_questions():
    """question -> (the messages that reach it, the state the coach must then be in), from questions.tsv."""
    questions = {}
    for line in open(QUESTIONS, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            name, before, state = line.rstrip("\n").split("\t")
            questions[name] = (before.split(" || "), state)
    return questions


def question_of(name):
    """The question a reply file answers: reply_safety_check_ra.tsv -> safety_check."""
    return name[len("reply_"):].rsplit(".", 1)[0].rsplit("_", 1)[0]


def run_chat(coach, lines):
    """The coach's output lines for JSON-line inputs (`{"user": ..., "text": ...}`), one process, region uk."""
    return subprocess.run([coach, "chat", "--jsonl", "--region", "uk"], capture_output=True, text=True,
                          input="\n".join(json.dumps(x) for x in lines) + "\n").stdout.splitlines()


def chat(coach, sessions):
    """The last reply of each session (a list of messages), each in a fresh conversation of its own."""
    lines, last = [], []
    for i, messages in enumerate(sessions):
        lines += [{"user": f"s{i}", "text": m} for m in messages]
        last.append(len(lines) - 1)
    out = run_chat(coach, lines)
    return [json.loads(out[i]) for i in last]


def button_states(coach, names):
    """question -> the state each of its buttons reaches (its text typed), checking the question is reached."""
    questions, states = read_questions(), {}
    for name in sorted(names):
        before, state = questions[name]
        asked = chat(coach, [before])[0]
        if asked.get("state") != state:
            sys.exit(f"questions.tsv: {name}: the messages reach {asked.get('state')}, not {state}")
        buttons = [c for r in asked.get("replies", []) for c in (r.get("choices") or [])]
        states[name] = (before, [r.get("state") for r in chat(coach, [before + [b] for b in buttons])])
    return states


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
    questions = button_states(coach, {question_of(name) for name, _, _ in rows if name.startswith("reply_")})
    lines, answer, middle = [], {}, {}
    for i, (name, label, text) in enumerate(rows):
        user = f"u{i}"
        if name.startswith("reply_"):
            lines += [{"user": user, "text": p} for p in questions[question_of(name)][0]]
        elif label.startswith("plan_"):
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
    out = run_chat(coach, lines)
    results, misses = {}, {}
    for i, (name, label, text) in enumerate(rows):
        reply = json.loads(out[answer[i]])
        tags = reply.get("tags", [])
        emergency, support = "safety.emergency" in tags, "support.self" in tags
        kind = name.split(".")[0]  # danger_g, plans_d...: the checks below read the prefix
        if kind.startswith("reply_"):
            if label == "danger":
                key, ok = "reply: danger -> emergency", emergency
            else:
                wanted = questions[question_of(name)][1][int(label) - 1]
                key, ok = "reply -> what its button does", reply.get("state") == wanted and "fallback" not in tags
                if not ok:
                    tags = tags + [f"wanted {wanted}"]
        elif kind.startswith("time_after"):
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
