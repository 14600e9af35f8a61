// quizcli's browser player: the live protocol (docs/protocol.md, version 2) in a page.
// Bank text, names and messages from the host are data: they are only ever set with
// textContent, never parsed as HTML. The seat's secret lives in sessionStorage (this tab
// only) so that a reload takes the seat back; nothing else is stored.
"use strict";
(function () {
  const VERSION = 2;
  const SEAT_KEY = "quizcli.seat";
  const $ = (id) => document.getElementById(id);
  const state = {
    ws: null, code: "", name: "", secret: null, number: 0, kind: "", deadline: 0,
    timer: 0, over: false, retries: 0, welcomed: false, options: [],
  };

  function el(tag, text, cls) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  function show(section) {
    for (const id of ["join", "lobby", "ask", "over"]) $(id).hidden = id !== section;
  }

  function focus(id) {
    const node = $(id);
    if (node) node.focus({ preventScroll: false });
  }

  function say(parts) {
    const box = $("status");
    box.replaceChildren(...parts);
  }

  function loadSeat() {
    try {
      const seat = JSON.parse(sessionStorage.getItem(SEAT_KEY) || "null");
      if (seat && typeof seat.code === "string" && typeof seat.name === "string") return seat;
    } catch (e) { /* a damaged entry is no seat */ }
    return null;
  }

  function keepSeat() {
    sessionStorage.setItem(SEAT_KEY, JSON.stringify(
      { code: state.code, name: state.name, secret: state.secret }));
  }

  function forgetSeat() { sessionStorage.removeItem(SEAT_KEY); }

  // --- the connection -----------------------------------------------------------
  function connect() {
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    const ws = new WebSocket(scheme + "//" + location.host + "/");
    state.ws = ws;
    state.welcomed = false;
    ws.addEventListener("open", () => {
      const hello = { type: "hello", version: VERSION, code: state.code, name: state.name,
                      client: "quizcli-web" };
      if (state.secret) hello.secret = state.secret;
      ws.send(JSON.stringify(hello));
    });
    ws.addEventListener("message", (event) => {
      let message;
      try { message = JSON.parse(event.data); } catch (e) { return; }
      if (message && typeof message.type === "string") handle(message);
    });
    ws.addEventListener("close", (event) => closed(ws, event.code));
  }

  function send(message) {
    if (state.ws && state.ws.readyState === WebSocket.OPEN) state.ws.send(JSON.stringify(message));
  }

  function closed(ws, code) {
    if (ws !== state.ws || state.over) return;
    state.ws = null;
    if (!state.welcomed && code !== 1013 && !state.secret) {  // refused: the form is back
      $("join-button").disabled = false;
      return;
    }
    if (code === 1000 && !state.welcomed) return;
    const pause = Math.min(500 * 2 ** state.retries, 8000);
    state.retries += 1;
    if (state.retries > 12) {
      say([el("span", "The connection to the host was lost. Reload the page to try again.")]);
      return;
    }
    say([el("span", code === 1013 ? "The room is busy, retrying..." :
                                     "The connection was lost: rejoining...")]);
    setTimeout(connect, pause);
  }

  // --- messages from the host ---------------------------------------------------
  function handle(message) {
    switch (message.type) {
      case "welcome": return welcome(message);
      case "players": return players(message);
      case "question": return question(message);
      case "answered": return answered(message);
      case "refused": return refused(message);
      case "result": return result(message);
      case "end": return end(message);
      case "removed": return removed(message);
      case "error": return refusedHello(message);
      default: return undefined;
    }
  }

  function welcome(message) {
    state.welcomed = true;
    state.retries = 0;
    state.name = message.name;
    if (typeof message.secret === "string") state.secret = message.secret;
    keepSeat();
    $("who").textContent = message.name;
    setScore(message.score);
    const set = message.set || {};
    $("lobby-title").textContent = message.rejoined ? "Welcome back" : "You are in";
    $("lobby-text").textContent = (set.title || set.id || "A quiz") + ": " + message.questions +
      " questions, " + message.time_limit + " seconds each. " +
      (message.state === "lobby" ? "Waiting for the host to start the game."
                                 : "The game is on: the next question comes soon.");
    say([]);
    show("lobby");
    focus("lobby-title");
  }

  function setScore(score) {
    $("score").textContent = typeof score === "number" ? score + " pts" : "";
  }

  function players(message) {
    const list = $("players");
    list.replaceChildren(...(message.players || []).map((p) => {
      const item = el("li", p.name + (p.connected ? "" : " (gone)"));
      if (p.name === state.name) item.className = "you";
      return item;
    }));
    $("players-title").textContent = "Players (" + message.count + ")";
  }

  function question(message) {
    const q = message.question;
    state.number = message.number;
    state.kind = q.kind;
    state.options = q.options || [];
    $("progress").textContent = "Question " + message.number + " of " + message.total;
    $("prompt").textContent = q.prompt;
    const quote = $("quote");
    quote.textContent = q.quote || "";
    quote.hidden = !q.quote;
    $("controls").replaceChildren(controls(q));
    say([]);
    show("ask");
    startClock(Number(message.remaining) || Number(message.time_limit) || 0);
    focus("prompt");
  }

  function startClock(seconds) {
    clearInterval(state.timer);
    state.deadline = performance.now() + seconds * 1000;
    const tick = () => {
      const left = Math.max(0, Math.ceil((state.deadline - performance.now()) / 1000));
      const clock = $("clock");
      clock.textContent = left + " s";
      clock.classList.toggle("low", left <= 5);
      if (left <= 0) clearInterval(state.timer);
    };
    tick();
    state.timer = setInterval(tick, 250);
  }

  function answered() {
    lock();
    say([el("span", "Answer sent. Waiting for the others...")]);
  }

  function refused(message) {
    if (message.reason === "bad_answer") unlock();
    say([el("span", message.message || "That answer was not taken.")]);
  }

  function result(message) {
    clearInterval(state.timer);
    lock();
    const you = message.you || {};
    const verdicts = { right: "Right!", partial: "Partly right", wrong: "Wrong",
                       skipped: "Skipped", timed_out: "No answer in time" };
    const verdict = el("span", verdicts[you.mark] || "", "verdict " +
      (you.mark === "right" ? "right" : you.mark === "partial" ? "" : "wrong"));
    const points = el("span", "+" + (you.points || 0) + " points. ");
    const answer = el("span", "Answer: " + shownAnswer(message.reveal || {}) + ". ");
    const place = el("span", "You are " + ordinal(you.place) + " of " + you.players +
      " with " + you.score + " points.");
    const parts = [verdict, points, answer, place];
    if (message.reveal && message.reveal.explanation) {
      parts.push(el("span", " " + message.reveal.explanation, "hint"));
    }
    say(parts);
    setScore(you.score);
    board(message.top || []);
  }

  function shownAnswer(reveal) {
    const a = reveal.answer;
    if (Array.isArray(a)) return a.join(state.kind === "order" ? " → " : ", ");
    if (a === true) return "True";
    if (a === false) return "False";
    if (typeof a === "number" && typeof reveal.tolerance === "number" && reveal.tolerance > 0) {
      return a + " (± " + reveal.tolerance + ")";
    }
    return String(a);
  }

  function ordinal(n) {
    if (typeof n !== "number") return "?";
    const s = ["th", "st", "nd", "rd"];
    const v = n % 100;
    return n + (s[(v - 20) % 10] || s[v] || s[0]);
  }

  function board(rows) {
    const list = $("standings");
    list.replaceChildren(...rows.map((row) => {
      const item = el("li", ordinal(row.place) + "  " + row.name + "  " + row.score +
        (row.gone ? " (gone)" : ""));
      item.value = row.place;
      if (row.name === state.name) item.className = "you";
      return item;
    }));
    $("board").hidden = rows.length === 0;
  }

  function end(message) {
    state.over = true;
    clearInterval(state.timer);
    forgetSeat();
    const medals = ["1st", "2nd", "3rd"];
    const podium = (message.standings || []).filter((row) => row.place <= 3);
    $("podium").replaceChildren(...podium.map((row) => {
      const item = el("li");
      item.append(el("span", medals[row.place - 1], "medal"), el("span", row.name + " · " +
        row.score + " points"));
      if (row.name === state.name) item.classList.add("you");
      return item;
    }));
    const you = message.you || {};
    $("over-title").textContent = message.reason === "stopped" ? "The host ended the game"
                                                                : "Final standings";
    $("final-you").textContent = "You: " + ordinal(you.place) + " place, " + you.score +
      " points, " + you.answered + " answered.";
    board(message.standings || []);
    show("over");
    focus("over-title");
  }

  function removed(message) {
    state.over = true;
    forgetSeat();
    say([el("span", message.message || "The host removed you from the game.")]);
    show("join");
  }

  function refusedHello(message) {
    if (state.welcomed) {  // an error about a message, not the hello: the game goes on
      say([el("span", message.message || "The host did not understand.")]);
      return;
    }
    forgetSeat();
    state.secret = null;
    state.over = false;
    say([el("span", "The host refused: " + (message.message || message.code))]);
    show("join");
    $("join-button").disabled = false;
    focus("name");
  }

  // --- answering ----------------------------------------------------------------
  function submit(value) {
    lock();
    send({ type: "answer", question: state.number, value: value });
  }

  function lock() {
    for (const node of $("controls").querySelectorAll("button, input")) node.disabled = true;
  }

  function unlock() {
    for (const node of $("controls").querySelectorAll("button, input")) node.disabled = false;
  }

  function optionButton(text, onPress) {
    const button = el("button", text, "option");
    button.type = "button";
    button.addEventListener("click", onPress);
    return button;
  }

  function list(buttons, label) {
    const ul = el("ul", null, "options");
    ul.setAttribute("aria-label", label);
    for (const b of buttons) { const li = el("li"); li.append(b); ul.append(li); }
    return ul;
  }

  function controls(q) {
    const box = el("div");
    const kind = q.kind;
    if (kind === "choice") {
      box.append(list(q.options.map((o) => optionButton(o, () => submit(o))), "Options"));
    } else if (kind === "truefalse") {
      box.append(list([optionButton("True", () => submit(true)),
                       optionButton("False", () => submit(false))], "True or false"));
    } else if (kind === "multi") {
      box.append(el("p", "Pick every right answer, then send.", "hint"));
      const buttons = q.options.map((o) => {
        const b = optionButton(o, () => b.setAttribute("aria-pressed",
          b.getAttribute("aria-pressed") === "true" ? "false" : "true"));
        b.setAttribute("aria-pressed", "false");
        b.dataset.value = o;
        return b;
      });
      box.append(list(buttons, "Options"), sendButton(() =>
        submit(buttons.filter((b) => b.getAttribute("aria-pressed") === "true")
                      .map((b) => b.dataset.value))));
    } else if (kind === "order") {
      box.append(orderControls(q.options));
    } else if (kind === "number") {
      box.append(field("answer", q.unit ? "Your answer (" + q.unit + ")" : "Your answer",
                       "decimal"));
      // A phone's decimal keypad has no minus sign: a button changes the sign.
      const sign = el("button", "± Change sign", "sign");
      sign.type = "button";
      sign.addEventListener("click", () => {
        const input = $("answer");
        input.value = input.value.trim().startsWith("-") ? input.value.trim().slice(1)
                                                         : "-" + input.value.trim();
        input.focus();
      });
      box.append(sign);
      box.append(sendButton(() => {
        const value = parseNumber($("answer").value);
        if (value === null) return say([el("span", "Type a number, like 42 or 3.5.")]);
        return submit(value);
      }));
    } else if (kind === "time") {
      const row = el("div", null, "row");
      row.append(field("hours", "Hours", "numeric"), field("minutes", "Minutes", "numeric"),
                 field("seconds", "Seconds", "decimal"));
      box.append(el("p", "Type the time in hours, minutes and seconds (empty is 0).", "hint"),
                 row);
      box.append(sendButton(() => {
        const parts = ["hours", "minutes", "seconds"].map((id) => $(id).value.trim());
        const [h, m, s] = parts.map((text) => (text === "" ? 0 : parseNumber(text)));
        if ([h, m, s].some((v) => v === null || v < 0) || parts.every((t) => t === "")) {
          return say([el("span", "Type a time, like 0 hours 3 minutes 27.5 seconds.")]);
        }
        return submit(h * 3600 + m * 60 + s);
      }));
    } else {  // text
      const input = field("answer", "Your answer", "text");
      input.querySelector("input").maxLength = 500;
      box.append(input, sendButton(() => submit($("answer").value)));
    }
    const skip = el("button", "Skip this question", "");
    skip.type = "button";
    skip.className = "skip";
    skip.addEventListener("click", () => submit(null));
    box.append(skip);
    return box;
  }

  function parseNumber(text) {
    const clean = String(text).trim().replace(/\s/g, "").replace(",", ".");
    if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(clean)) return null;
    const value = Number(clean);
    return Number.isFinite(value) ? value : null;
  }

  function field(id, label, mode) {
    const wrap = el("div");
    const lab = el("label", label);
    lab.htmlFor = id;
    const input = document.createElement("input");
    input.id = id;
    input.type = "text";
    input.inputMode = mode;
    input.autocomplete = "off";
    input.spellcheck = false;
    input.setAttribute("autocapitalize", "off");
    input.setAttribute("enterkeyhint", "send");
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter") {
        event.preventDefault();
        const button = $("send");
        if (button && !button.disabled) button.click();
      }
    });
    wrap.append(lab, input);
    return wrap;
  }

  function sendButton(onPress) {
    const button = el("button", "Send answer", "primary");
    button.type = "button";
    button.id = "send";
    button.addEventListener("click", onPress);
    return button;
  }

  function orderControls(options) {
    const box = el("div");
    const picked = [];
    box.append(el("p", "Tap the items in order, first to last.", "hint"));
    const buttons = options.map((o) => {
      const b = optionButton(o, () => {
        picked.push(o);
        b.disabled = true;
        b.prepend(el("span", picked.length + ". ", "rank"));
        b.setAttribute("aria-label", picked.length + ": " + o);
        refresh();
      });
      b.dataset.value = o;
      return b;
    });
    const undo = el("button", "Undo last", "");
    undo.type = "button";
    undo.className = "undo";
    undo.addEventListener("click", () => {
      const last = picked.pop();
      const b = buttons.find((x) => x.dataset.value === last);
      if (b) { b.disabled = false; b.textContent = last; b.removeAttribute("aria-label"); }
      refresh();
    });
    const sendIt = sendButton(() => submit(picked.slice()));
    function refresh() {
      sendIt.disabled = picked.length !== options.length;
      undo.disabled = picked.length === 0;
    }
    box.append(list(buttons, "Items to put in order"), undo, sendIt);
    refresh();
    return box;
  }

  // --- start --------------------------------------------------------------------
  function start() {
    const params = new URLSearchParams(location.search);
    const code = (params.get("code") || "").trim();
    const seat = loadSeat();
    $("code").value = code;
    if (code) $("code").closest("form").classList.add("has-code");
    $("join-form").addEventListener("submit", (event) => {
      event.preventDefault();
      const name = $("name").value.trim();
      const typed = $("code").value.trim();
      if (!name) { say([el("span", "Type your name.")]); focus("name"); return; }
      if (!/^\d{6}$/.test(typed)) {
        say([el("span", "The join code is 6 digits.")]); focus("code"); return;
      }
      state.code = typed; state.name = name; state.secret = null; state.over = false;
      $("join-button").disabled = true;
      say([el("span", "Joining...")]);
      connect();
    });
    if (seat && (!code || seat.code === code)) {  // a reload: take the seat back
      state.code = seat.code; state.name = seat.name; state.secret = seat.secret || null;
      say([el("span", "Rejoining as " + seat.name + "...")]);
      connect();
      return;
    }
    show("join");
    focus("name");
  }

  document.addEventListener("DOMContentLoaded", start);
})();
