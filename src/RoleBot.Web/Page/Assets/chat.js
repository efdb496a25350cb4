// RoleBot's chat page. Every piece of question or answer text goes into the page through textContent
// (or text nodes), never as HTML, so nothing a person or the knowledge base writes can run as markup.
"use strict";

(() => {
  const storageKey = "rolebot.conversationId";
  const conversation = document.getElementById("conversation");
  const form = document.getElementById("ask-form");
  const input = document.getElementById("question");
  const askButton = document.getElementById("ask-button");
  const status = document.getElementById("status");
  const conversationId = tabConversationId();
  const reducedMotion = matchMedia("(prefers-reduced-motion: reduce)");
  let busy = false;

  // One id per browser tab, so follow-ups ("and the CISO?") resolve against this tab's earlier questions.
  function tabConversationId() {
    let id = null;
    try { id = sessionStorage.getItem(storageKey); } catch { /* storage disabled: a fresh id per page load */ }
    if (!id) {
      // getRandomValues works on plain http too, unlike crypto.randomUUID.
      const bytes = crypto.getRandomValues(new Uint8Array(16));
      id = Array.from(bytes, b => b.toString(16).padStart(2, "0")).join("");
      try { sessionStorage.setItem(storageKey, id); } catch { /* keep it for this page only */ }
    }
    return id;
  }

  // el("p", "summary", "text", childNode, ...): an element with a class and text or child nodes.
  function el(tag, className, ...children) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    for (const child of children) {
      if (child !== null && child !== undefined && child !== "") node.append(child);
    }
    return node;
  }

  function section(label, ...children) {
    return el("section", "answer-section", el("h3", "section-title", label), ...children);
  }

  function chip(text) {
    const button = el("button", "chip", text);
    button.type = "button";
    button.dataset.ask = text;
    return button;
  }

  function ownerBadge(answer) {
    if (!answer.owner) return null;
    const label = answer.intent === "role" ? "Role" : "Owner";
    const badge = el("span", "badge badge-" + answer.owner.toLowerCase(), answer.owner);
    const wrap = el("p", "owner", el("span", "owner-label", label), badge);
    const roles = [];
    if (answer.owner === "Shared" && answer.lead.length === 1) roles.push(answer.lead[0] + " leads");
    if (answer.owner !== "Shared" && answer.support.length > 0) roles.push("supported by the " + answer.support.join(" and the "));
    if (roles.length > 0) wrap.append(el("span", "owner-detail", roles.join("; ")));
    return wrap;
  }

  function figure(statistic) {
    return el("div", "figure",
      el("p", "figure-value", statistic.value),
      el("p", "figure-claim", statistic.claim),
      el("p", "figure-source", el("span", "source-label", "Source: "), statistic.source));
  }

  // Figures that disagree across sources share a conflictSet: they are shown side by side under one note.
  function figures(statistics) {
    if (!statistics || statistics.length === 0) return null;
    const list = el("div", "figures");
    const groups = new Map();
    for (const statistic of statistics) {
      if (!statistic.conflictSet) {
        list.append(figure(statistic));
        continue;
      }
      let group = groups.get(statistic.conflictSet);
      if (!group) {
        const row = el("div", "side-by-side");
        group = el("div", "conflict", el("p", "conflict-note", "The sources disagree, so here is each figure with its source:"), row);
        group.setAttribute("role", "group");
        group.setAttribute("aria-label", "Figures that disagree");
        groups.set(statistic.conflictSet, group);
        list.append(group);
      }
      group.querySelector(".side-by-side").append(figure(statistic));
    }
    return section("Figures", list);
  }

  function steps(escalation) {
    if (!escalation || escalation.length === 0) return null;
    const list = el("ol", "steps");
    for (const step of escalation) list.append(el("li", null, step));
    return section("Whom to contact, in order", list);
  }

  function sources(items) {
    if (!items || items.length === 0) return null;
    const list = el("ul", "sources");
    for (const source of items) list.append(el("li", null, source));
    return el("details", "sources-details", el("summary", null, `Sources (${items.length})`), list);
  }

  function suggestions(answer) {
    if (!answer.suggestions || answer.suggestions.length === 0) return null;
    const label = answer.answered ? "Ask next" : "Did you mean";
    const group = el("div", "chips", ...answer.suggestions.map(chip));
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", label);
    return el("div", "suggestions", el("p", "suggestions-label", label + ":"), group);
  }

  function feedback(question, answer) {
    const note = el("span", "feedback-note");
    note.setAttribute("role", "status");
    const helpful = el("button", "feedback-button", "Helpful");
    const notHelpful = el("button", "feedback-button", "Not helpful");
    const group = el("div", "feedback", el("span", "feedback-label", "Was this helpful?"), helpful, notHelpful, note);
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", "Rate this answer");
    for (const [button, value] of [[helpful, true], [notHelpful, false]]) {
      button.type = "button";
      button.setAttribute("aria-pressed", "false");
      button.addEventListener("click", async () => {
        helpful.disabled = notHelpful.disabled = true;
        button.setAttribute("aria-pressed", "true");
        try {
          const response = await postJson("/api/feedback", { question, answer: answer.summary, helpful: value });
          // 429 carries an answer too: the polite "try again in N seconds".
      if (!response.ok && response.status !== 429) throw new Error(await errorText(response));
          note.textContent = "Thanks, noted.";
        } catch (error) {
          note.textContent = "Could not record that: " + error.message;
          button.setAttribute("aria-pressed", "false");
          helpful.disabled = notHelpful.disabled = false;
        }
      });
    }
    return group;
  }

  function answerCard(question, answer) {
    const head = el("header", "answer-head", answer.title ? el("h2", "answer-title", answer.title) : null, ownerBadge(answer));
    const card = el("article", "message bot" + (answer.answered ? "" : " declined"),
      head,
      answer.note ? el("p", "note", answer.note) : null,
      el("p", "summary", answer.summary),
      figures(answer.statistics),
      steps(answer.escalation),
      sources(answer.sources),
      suggestions(answer),
      feedback(question, answer));
    card.setAttribute("aria-label", "RoleBot's answer");
    return card;
  }

  function postJson(url, body) {
    return fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  }

  async function errorText(response) {
    try {
      const body = await response.json();
      if (body && typeof body.error === "string") return body.error;
    } catch { /* not JSON: fall through to the status */ }
    return `the server answered ${response.status}.`;
  }

  function setBusy(value) {
    busy = value;
    askButton.disabled = value;
    conversation.setAttribute("aria-busy", String(value));
    status.textContent = value ? "RoleBot is thinking…" : "";
  }

  async function ask(text) {
    const question = text.trim();
    if (!question || busy) return;
    setBusy(true);
    document.getElementById("welcome")?.remove();
    conversation.append(el("div", "message user", el("p", null, question)));
    try {
      const response = await postJson("/api/ask", { text: question, conversationId });
      // 429 carries an answer too: the polite "try again in N seconds".
      if (!response.ok && response.status !== 429) throw new Error(await errorText(response));
      const card = answerCard(question, await response.json());
      conversation.append(card);
      card.scrollIntoView({ block: "start", behavior: reducedMotion.matches ? "auto" : "smooth" });
    } catch (error) {
      conversation.append(el("p", "message error", "Sorry, that did not work: " + error.message));
    } finally {
      setBusy(false);
    }
  }

  form.addEventListener("submit", event => {
    event.preventDefault();
    const text = input.value;
    input.value = "";
    input.focus();
    ask(text);
  });

  // One listener for every chip, present and future: examples, suggestions and did-you-mean.
  conversation.addEventListener("click", event => {
    const button = event.target.closest("button.chip");
    if (button && conversation.contains(button)) ask(button.dataset.ask);
  });

  // A fresh id and an empty page; the old conversation simply expires on the server.
  document.getElementById("new-conversation").addEventListener("click", () => {
    try { sessionStorage.removeItem(storageKey); } catch { /* nothing stored */ }
    location.assign("/");
  });

  const linked = new URLSearchParams(location.search).get("q");
  if (linked && linked.trim()) ask(linked);
  else input.focus();
})();
