// AllyCoach web chat. Plain JavaScript, no libraries, nothing loaded from elsewhere.
// The browser keeps one thing: a random web session token in localStorage (KEY). The server keeps
// the conversation's place, never its text, so after a reload the page asks the coach to resume.
"use strict";

(function () {
  const KEY = "allycoach.session";
  // Emergency and support numbers linked even when short; longer phone numbers are linked by their length.
  const KNOWN_NUMBERS = new Set(["000", "101", "110", "111", "112", "114", "17", "911", "988", "999", "1737", "3919", "61016"]);
  // Numbers that take text messages only (British Transport Police) open the messaging app instead.
  const TEXT_ONLY = new Set(["61016"]);
  const NUMBER = /(^|[^\w+-])(\+?\d(?:[\d -]*\d)?)(?![\w-])/g;

  const $ = (id) => document.getElementById(id);
  const scroller = $("scroller"), log = $("log"), choices = $("choices"), status = $("status");
  const calm = window.matchMedia("(prefers-reduced-motion: reduce)");
  const form = $("composer"), input = $("message"), send = $("send"), erase = $("erase"), exit = $("exit");
  const exitURL = document.body.getAttribute("data-exit-url") || "about:blank";
  let busy = false;

  // Quick exit: leave at once, replacing this page in the history so Back does not return to it.
  function quickExit() {
    log.textContent = "";
    choices.textContent = "";
    window.location.replace(exitURL);
  }
  exit.addEventListener("click", quickExit);
  let lastEscape = 0;
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    const now = Date.now();
    if (now - lastEscape < 1000) quickExit();
    lastEscape = now;
  });

  function token() {
    try { return window.localStorage.getItem(KEY); } catch (e) { return null; }
  }
  function keepToken(value) {
    try { window.localStorage.setItem(KEY, value); } catch (e) { /* private mode: the session lasts this page */ }
  }
  function dropToken() {
    try { window.localStorage.removeItem(KEY); } catch (e) { /* nothing kept */ }
  }

  async function post(path, body, bearer) {
    const headers = { "Content-Type": "application/json" };
    if (bearer) headers["Authorization"] = "Bearer " + bearer;
    const response = await fetch(path, {
      method: "POST", headers: headers, body: JSON.stringify(body),
      cache: "no-store", credentials: "omit", referrerPolicy: "no-referrer",
    });
    let value = null;
    try { value = await response.json(); } catch (e) { value = null; }
    return { status: response.status, value: value };
  }

  // A web session token from the server (POST /web/session), kept for the next visit.
  async function newSession() {
    const answer = await post("/web/session", {});
    if (answer.status !== 200 || !answer.value || typeof answer.value.token !== "string") {
      throw new Error(answer.status === 429 ? "Too many new conversations from this network. Try again in a minute." : "The coach could not start a conversation.");
    }
    keepToken(answer.value.token);
    return answer.value.token;
  }

  // Sends one message through POST /v1/messages; a refused token (the server's key changed) is replaced once.
  async function exchange(text, mayRenew) {
    const bearer = token() || await newSession();
    const answer = await post("/v1/messages", { text: text }, bearer);
    if (answer.status === 401 && mayRenew) {
      dropToken();
      note("The earlier conversation could not be found, so this is a new one.");
      return exchange(text, false);
    }
    if (answer.status !== 200 || !answer.value) {
      const message = answer.value && answer.value.error ? answer.value.error.message : "status " + answer.status;
      throw new Error("The coach could not answer (" + message + "). Try again.");
    }
    return answer.value;
  }

  // Text with phone numbers as tel: links.
  function appendText(parent, text) {
    let last = 0;
    NUMBER.lastIndex = 0;
    for (let match; (match = NUMBER.exec(text)) !== null;) {
      const start = match.index + match[1].length;
      const shown = match[2];
      const digits = shown.replace(/[^\d+]/g, "");
      if (!KNOWN_NUMBERS.has(digits) && digits.replace("+", "").length < 6) continue;
      parent.appendChild(document.createTextNode(text.slice(last, start)));
      const link = document.createElement("a");
      link.className = "tel";
      const textOnly = TEXT_ONLY.has(digits);
      link.href = (textOnly ? "sms:" : "tel:") + digits;
      link.textContent = shown;
      link.setAttribute("aria-label", (textOnly ? "Text " : "Call ") + shown);
      parent.appendChild(link);
      last = start + shown.length;
    }
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  function add(kind, text) {
    const item = document.createElement("div");
    item.className = "msg " + kind;
    if (kind !== "note") {
      const who = document.createElement("span");
      who.className = "visually-hidden";
      who.textContent = kind === "me" ? "You said: " : "Coach: ";
      item.appendChild(who);
    }
    appendText(item, text);
    log.appendChild(item);
    toEnd();
    return item;
  }
  function toEnd() {
    scroller.scrollTo({ top: scroller.scrollHeight, behavior: calm.matches ? "auto" : "smooth" });
  }
  function note(text) { add("note", text); }

  // Quick replies as large buttons: each sends its label (or its own text), as if typed.
  function offer(list) {
    choices.textContent = "";
    for (const entry of list) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "choice";
      button.textContent = entry.label;
      button.addEventListener("click", () => say(entry.text, entry.echo));
      choices.appendChild(button);
    }
    toEnd();
  }

  function show(turn) {
    let last = null;
    for (const reply of turn.replies || []) {
      if (reply.text) add("coach", reply.text);
      if (Array.isArray(reply.choices)) last = reply.choices;
    }
    offer((last || []).map((label) => ({ label: label, text: label, echo: true })));
  }

  function setBusy(value) {
    busy = value;
    send.disabled = value;
    erase.disabled = value;
    for (const button of choices.querySelectorAll("button")) button.disabled = value;
    log.setAttribute("aria-busy", value ? "true" : "false");
  }

  // Sends `text` (shown as the person's message when `echo`) and shows what the coach says.
  async function say(text, echo) {
    if (busy || !text.trim()) return false;
    const fromChoice = choices.contains(document.activeElement);
    setBusy(true);
    status.textContent = "";
    if (echo) add("me", text);
    choices.textContent = "";
    try {
      show(await exchange(text, true));
    } catch (error) {
      status.textContent = error.message;
      return false;
    } finally {
      setBusy(false);
      const first = choices.querySelector("button");
      if (fromChoice) (first || input).focus();
    }
    return true;
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = input.value;
    if (!text.trim() || busy) return;
    input.value = "";
    say(text, true).then((sent) => { if (!sent && !input.value) input.value = text; });
  });

  // "Erase this conversation": /forget on the server, then nothing is left in the browser either.
  erase.addEventListener("click", async () => {
    if (busy) return;
    setBusy(true);
    status.textContent = "";
    let message = "Everything kept about this conversation is erased.";
    try {
      const bearer = token();
      if (bearer) {
        // A refused token (401) reaches no conversation, so there is nothing left to erase on the server.
        const answer = await post("/v1/messages", { text: "/forget" }, bearer);
        if (answer.status !== 200 && answer.status !== 401) throw new Error("status " + answer.status + ". Try again.");
        const reply = answer.status === 200 && answer.value.replies && answer.value.replies[0];
        if (reply && reply.text) message = reply.text;
      }
      dropToken();
      log.textContent = "";
      add("coach", message);
      offer([{ label: "Start again", text: "/start", echo: false }]);
    } catch (error) {
      status.textContent = "Could not erase the conversation: " + error.message;
    } finally {
      setBusy(false);
    }
    erase.focus();
  });

  // Opening: a greeting for a new visitor, the coach's welcome back for a returning one.
  if (token()) note("For your privacy, earlier messages are not shown again after a reload; the coach remembers where you were.");
  say("/start", false);
})();
