#!/usr/bin/env bash
# `coach chat --jsonl` as a whole process, raced against RiveScript (Python) on the same 20,000
# messages (issue 8). Both contenders read the same JSON lines from a file on stdin and write exactly
# one JSON line per input line, flushed, to /dev/null; each is timed from process start to exit.
#   bash Benchmarks/race-rivescript.sh [COACH_BINARY]     (default .build/release/coach)
# Build the coach first: swift build -c release --product coach
# Makes its own venv with RiveScript in .build/rivescript-venv (pip install rivescript, once).
#   LINES  input lines (default 20000)   USERS  users, round-robin (default 200)   RUNS  runs each (default 5)
#   BASELINE  another coach binary (an earlier build) raced in the same rounds, for a same-run baseline
set -euo pipefail
cd "$(dirname "$0")/.."
coach=${1:-.build/release/coach}
[ -x "$coach" ] || { echo "no coach binary at $coach (build it: swift build -c release --product coach)" >&2; exit 1; }
lines=${LINES:-20000}
users=${USERS:-200}
runs=${RUNS:-5}

venv=.build/rivescript-venv
if ! "$venv/bin/python" -c 'import rivescript' 2>/dev/null; then
  echo "making $venv (pip install rivescript)" >&2
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check rivescript >&2
fi
py="$venv/bin/python"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The coach's load cache in the race's own folder (never the user's): the first run fills it, as any first run does.
export COACH_CACHE_DIR=${COACH_CACHE_DIR:-$tmp/cache}

echo "date: $(date -u '+%Y-%m-%d %H:%M:%S UTC')   nproc: $(nproc)   load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "coach: $coach ($(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- Sources Dialogues 2>/dev/null || echo ', uncommitted changes'))"
echo "rivescript: $("$py" -c 'import rivescript, sys; print(rivescript.__version__, "on Python", sys.version.split()[0])')"

# The input: LINES lines cycling through Benchmarks/messages.txt, users u0..u(USERS-1) round-robin.
"$py" - "$lines" "$users" Benchmarks/messages.txt "$tmp/input.jsonl" <<'PY'
import json, sys
lines, users, source, target = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
messages = open(source, encoding="utf-8").read().split("\n")
if messages and messages[-1] == "":
    messages.pop()
with open(target, "w", encoding="utf-8") as f:
    for i in range(lines):
        f.write(json.dumps({"text": messages[i % len(messages)], "user": "u%d" % (i % users)}, ensure_ascii=False) + "\n")
print("input: %d lines over %d users, cycling through %d messages" % (lines, users, len(messages)))
PY

# Contender B's brain: the coach's intents as RiveScript (danger first, then a plan per D, yes/no,
# settings, who, modes, commands; a catch-all). Arrays and wildcards, a little user state.
cat >"$tmp/brain.rive" <<'RIVE'
! version = 2.0

! sub i'm     = i am
! sub im      = i am
! sub i've    = i have
! sub i'd     = i would
! sub i'll    = i will
! sub don't   = do not
! sub dont    = do not
! sub can't   = can not
! sub cant    = can not
! sub won't   = will not
! sub wouldn't = would not
! sub isn't   = is not
! sub it's    = it is
! sub she's   = she is
! sub he's    = he is
! sub they're = they are
! sub that's  = that is
! sub thats   = that is
! sub what's  = what is
! sub there's = there is
! sub u       = you
! sub ur      = your
! sub pls     = please
! sub plz     = please
! sub tbh     = to be honest

! array danger = knife|knives|gun|guns|gunshot|gunshots|weapon|weapons|machete|blade|stabbed|stabbing|stab
^ bleeding|blood|unconscious|not responding|not breathing|passed out|fainted|collapsed|seizure|fitting
^ punched|punching|hitting|hit her|hit him|kicking|kicked|beating|beaten|strangling|choking|chokehold
^ dragging|dragged|pinned|pinning|attacking|attacked|assaulting|assaulted|spiked|drugged|overdose
^ threatening to kill|going to kill|kill her|kill him|set on fire|acid|broke her arm|broken|screaming
! array emergency_words = emergency|police|ambulance|999|911|112|help now|urgent|right now
! array distract = pretend|pretending|ask the time|ask for directions|ask her the time|ask him the time
^ spill|drop something|dropped|start a conversation|chat to her|talk to her|interrupt|interrupting
^ get between|stand between|stand next to her|sit next to her|act like i know her|ask her something
^ shout her name|ask for a lighter|ask where|change the subject|make a noise|fake|distract
! array delegate = driver|bus driver|conductor|guard|staff|security|bouncer|manager|boss|supervisor|hr
^ human resources|teacher|moderator|mods|admin|admins|police|cops|transport police|btp|61016|101
^ tell someone|get help|get someone|ask someone|ask others|ask the others|report|reported|call|ring
^ text|alert|flag down|bartender|bar staff|receptionist|landlord|organiser|organizer|steward|officer
! array document = film|filming|record|recording|video|photo|photos|picture|pictures|screenshot
^ screenshots|write down|note down|notes|evidence|timestamp|keep a record|take a picture|camera
! array delay = after|afterwards|later|check on her|check in|check on him|check on them|once he is gone
^ when he leaves|when they leave|after he leaves|ask if she is ok|ask if she is okay|see if she is ok
^ follow up|message her|text her after|sit with her|walk her|stay with her|are you ok|are you okay
! array direct = stop|stop it|leave her alone|leave him alone|leave them alone|back off|knock it off
^ cut it out|not ok|not okay|not cool|not funny|out of order|out of line|unacceptable|inappropriate
^ enough|not acceptable|shut up|go away|get lost|racist|sexist|homophobic|transphobic|offensive
^ do not touch her|do not use that word|we do not|that is not|say something|confront|tell him to
! array yes = yes|yeah|yep|yup|yes please|sure|ok|okay|definitely|of course|absolutely|i think so|correct
! array no = no|nope|nah|not really|no thanks|i do not think so|not at all|negative
! array unsure = not sure|unsure|maybe|i do not know|idk|dunno|perhaps|no idea|hard to say
! array transit = bus|train|tube|metro|tram|station|platform|carriage|underground|subway|taxi|uber|plane|flight
! array street = street|road|pavement|outside|park|crossing|corner|car park|shop|shopping centre|queue
! array work = work|office|colleague|colleagues|coworker|coworkers|meeting|slack|teams|shift|job|workplace
! array social = bar|pub|party|club|nightclub|festival|gig|concert|restaurant|wedding|date|dinner
! array online = online|chat|group chat|instagram|twitter|tiktok|facebook|discord|twitch|youtube|post
^ comments|dm|dms|whatsapp|reddit|forum|server|stream|linkedin|email
! array who_colleague = colleague|coworker|co worker|workmate|my boss|my manager|team mate
! array who_friend = friend|mate|mates|friends|my friend|a friend|bestie|flatmate|roommate
! array who_family = mum|mom|dad|sister|brother|aunt|uncle|cousin|family|partner|wife|husband|son|daughter
! array who_stranger = stranger|someone i do not know|a guy|a man|a woman|random|some bloke|some guy
! array safe = i am safe|safe|people around|i am not alone|there are people|crowded|busy
! array help = help|what can you do|how does this work|menu|options|commands
! array hello = hi|hello|hey|hiya|good morning|good evening|yo|howdy
! array thanks = thanks|thank you|cheers|ta|thx|much appreciated

// Danger interrupts from anywhere.
+ [*] @danger [*] {weight=100}
- That sounds dangerous. Your safety comes first: if anyone is in danger, call 999 now (112 also works).
- If someone is hurt or in danger, call 999. In the UK you can text 999 if you've registered, or call and press 55.

+ [*] @emergency_words [*] {weight=90}
- If this is an emergency, call 999 now. Are you somewhere safe?

// Plans, one per D.
+ [*] @direct [*] {weight=50}
- That's Direct: speak up briefly and calmly, then turn to the person being targeted. Keep it short, and don't argue.

+ [*] @delegate [*] {weight=45}
- That's Delegate: getting someone with the power to act. Who's nearby who could help?

+ [*] @document [*] {weight=40}
- That's Document: keep a record, from a safe distance, and give it to the person it happened to.

+ [*] @delay [*] {weight=35}
- That's Delay: checking in afterwards. Ask if they're OK, and what they'd like to happen next.

+ [*] @distract [*] {weight=30}
- That's Distract: interrupting without confronting. Pretend to know them, ask the time, or cause a small diversion.

// Answers to questions.
+ @yes
% * what brings you here *
- Let's start. Is it happening right now?

+ @yes
% * is it happening right now
- Are you somewhere safe, with other people around? <set mode=now>

+ @yes
- OK. Tell me more: where are you?

+ @no
% * is it happening right now
- Do you want to practise a scene, or follow up on something that happened?

+ @no
- That's fine. What would you like to do next?

+ [*] @unsure [*]
- That's OK, you don't have to be sure. What did you notice first?

// Settings.
+ [*] @transit [*] {weight=10}
- On public transport, the driver or staff can often help. <set setting=transit>What's happening?

+ [*] @online [*] {weight=10}
- Online, you can report, support the person privately, or post a reply. <set setting=online>What did you see?

+ [*] @work [*] {weight=10}
- At work, a manager or HR can act, and you can check in with your colleague after. <set setting=work>What happened?

+ [*] @social [*] {weight=10}
- In a bar or at a party, bar staff and security can help. <set setting=social>What's going on?

+ [*] @street [*] {weight=10}
- On the street, staying nearby and being seen can help. <set setting=street>What's happening?

// Who.
+ [*] @who_colleague [*] {weight=5}
- A colleague. <set who=colleague>Do you see them often?

+ [*] @who_friend [*] {weight=5}
- A friend. <set who=friend>How do you think they'd want you to help?

+ [*] @who_family [*] {weight=5}
- Family can be hard. <set who=family>Are you safe at home?

+ [*] @who_stranger [*] {weight=5}
- Someone you don't know. <set who=stranger>Is there staff or anyone else around?

+ [*] @safe [*] {weight=5}
- Good. Being with other people makes it safer to act.

// Modes and commands.
+ [*] (right now|happening now|it is happening) [*] {weight=20}
- Is anyone in immediate danger?

+ [*] (practice|practise|rehearse|role play|roleplay) [*]
- Let's practise. Pick a scene: on the bus, at work, online, or in a bar. <set mode=practice>

+ [*] (learn|the 5ds|five ds|5 ds|teach me) [*]
- The 5Ds are Distract, Delegate, Document, Delay and Direct. Which would you like first? <set mode=learn>

+ [*] (yesterday|last week|earlier|happened before|something happened) [*]
- I'm sorry that happened. How are you feeling about it now? <set mode=after>

+ [*] (went well|it went well|worked) [*]
- That's great to hear. What do you think helped?

+ [*] (went badly|it went badly|did not work|i froze|froze) [*]
- Freezing is very common, and it's not a failure. Would you like to plan what you might do next time?

+ (not yet|next|continue|go on|1|2|3|4|5)
- OK. Here's the next step. <get mode>

+ @help
- I can help you act safely when someone is harassed: right now, in practice, or afterwards. Type stop at any time.

+ (back|go back|undo)
- Going back.

+ (restart|start again|start over|reset)
- Starting again. What brings you here? <set mode=undefined>

+ (stop|quit|exit|bye|goodbye)
- OK, stopping here. Take care.

+ [*] @hello [*]
- Hello, I'm AllyCoach. What brings you here? Is it happening right now?

+ [*] @thanks [*]
- You're welcome. Look after yourself too.

+ *
- Tell me a bit more: what's happening, and where are you?
- I'm not sure I followed. Is someone in danger right now?
RIVE

# Contender B's program: the same JSON-lines contract as coach chat --jsonl.
cat >"$tmp/rive_jsonl.py" <<'PY'
import json, os, sys, time
from rivescript import RiveScript
start = time.perf_counter()
rs = RiveScript()
rs.load_file(sys.argv[1])
rs.sort_replies()
if os.environ.get("RIVE_STATS"):
    triggers = sum(len(t) for t in rs._sorted["topics"].values())
    print("rivescript brain: %d sorted triggers, loaded in %.1f ms" % (triggers, (time.perf_counter() - start) * 1e3), file=sys.stderr)
out = sys.stdout
for line in sys.stdin:
    if not line.strip():
        continue
    try:
        message = json.loads(line)
        user, text = message.get("user") or "local", message["text"]
    except (ValueError, KeyError, AttributeError):
        out.write(json.dumps({"error": "line is not a JSON object with a string \"text\""}) + "\n")
        out.flush()
        continue
    out.write(json.dumps({"user": user, "replies": [{"text": rs.reply(user, text)}]}) + "\n")
    out.flush()
PY

# Check once that each contender answers every line with one JSON line and no errors (not timed).
"$coach" chat --jsonl --region uk <"$tmp/input.jsonl" >"$tmp/coach.out"
RIVE_STATS=1 "$py" "$tmp/rive_jsonl.py" "$tmp/brain.rive" <"$tmp/input.jsonl" >"$tmp/rive.out"
"$py" - "$lines" "$tmp/coach.out" "$tmp/rive.out" <<'PY'
import collections, json, sys
expected = int(sys.argv[1])
for name, path in (("coach", sys.argv[2]), ("rivescript", sys.argv[3])):
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    errors = sum(1 for r in rows if "error" in r)
    if len(rows) != expected or errors:
        sys.exit("%s: %d output lines for %d input lines, %d errors" % (name, len(rows), expected, errors))
    first = collections.Counter(r["replies"][0]["text"][:40] for r in rows if r.get("replies"))
    print("%s: %d lines out, no errors; %d distinct first replies, most common %d times" % (name, len(rows), len(first), first.most_common(1)[0][1]))
PY

# The race: RUNS rounds, each running coach then RiveScript, from process start to exit.
"$py" - "$runs" "$lines" "$tmp/input.jsonl" "$coach" "$py" "$tmp/rive_jsonl.py" "$tmp/brain.rive" "${BASELINE:-}" <<'PY'
import statistics, subprocess, sys, time
runs, lines, source, coach, py, program, brain, baseline = int(sys.argv[1]), int(sys.argv[2]), *sys.argv[3:]
contenders = {"coach": [coach, "chat", "--jsonl", "--region", "uk"], "rivescript": [py, program, brain]}
if baseline:
    contenders["baseline"] = [baseline, "chat", "--jsonl", "--region", "uk"]
times = {name: [] for name in contenders}
for run in range(runs):
    for name, command in contenders.items():
        with open(source, "rb") as stdin:
            start = time.perf_counter()
            subprocess.run(command, stdin=stdin, stdout=subprocess.DEVNULL, check=True)
            times[name].append(time.perf_counter() - start)
    print("run %d: " % (run + 1) + ", ".join("%s %.3f s" % (name, values[-1]) for name, values in times.items()))
median = {name: statistics.median(values) for name, values in times.items()}
def seconds(v): return "%.3f s" % v
def rate(v): return "{:,.0f}".format(lines / v)
print()
print("```sh")
print("swift build -c release --product coach && bash Benchmarks/race-rivescript.sh")
print("```")
print()
print("| contender | median of %d | fastest – slowest | turns/s (median) |" % runs)
print("| --- | --- | --- | --- |")
print("| `coach chat --jsonl --region uk` | %s | %s – %s | %s |" % (seconds(median["coach"]), seconds(min(times["coach"])), seconds(max(times["coach"])), rate(median["coach"])))
print("| RiveScript (Python), same JSON lines | %s | %s – %s | %s |" % (seconds(median["rivescript"]), seconds(min(times["rivescript"])), seconds(max(times["rivescript"])), rate(median["rivescript"])))
if baseline:
    print("| baseline `%s chat --jsonl --region uk` | %s | %s – %s | %s |" % (baseline, seconds(median["baseline"]), seconds(min(times["baseline"])), seconds(max(times["baseline"])), rate(median["baseline"])))
print()
print("%d lines over the same users, whole processes from start to exit, output to /dev/null." % lines)
print("**Ratio (RiveScript time / coach time): %.1fx**" % (median["rivescript"] / median["coach"]))
if baseline:
    print("Baseline: RiveScript time / baseline time %.1fx; baseline time / coach time %.2fx" % (median["rivescript"] / median["baseline"], median["baseline"] / median["coach"]))
PY
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
