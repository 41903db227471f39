// The dead-letter console: reads and acts through /console/api (role sre), which calls each service's /admin/dlq
// with the signed-in SRE's own token.
"use strict";

(function () {
  const API = "/console/api/services";
  const status = document.getElementById("console-status");
  const problem = document.getElementById("console-problem");
  const reason = document.getElementById("reason");
  let current = null; // { service, consumer }

  const path = (...segments) => `${API}/${segments.map(encodeURIComponent).join("/")}`;

  async function call(url, options) {
    const response = await fetch(url, Object.assign({ headers: { Accept: "application/json" } }, options));
    if (!response.ok) {
      const text = await Checkout.problemText(response);
      Checkout.show(problem, text);
      problem.focus();
      throw new Error(text);
    }
    return response.json();
  }

  function button(text, onClick, className) {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = text;
    if (className) {
      b.className = className;
    }
    b.addEventListener("click", onClick);
    return b;
  }

  function cell(row, content) {
    const td = row.insertCell();
    if (content instanceof Node) {
      td.appendChild(content);
    } else {
      td.textContent = content == null ? "" : String(content);
    }
    return td;
  }

  async function loadLots() {
    Checkout.show(problem, "");
    const services = await call(API);
    const body = document.getElementById("lots").tBodies[0];
    body.replaceChildren();
    for (const entry of services) {
      if (!entry.parkingLots) {
        const row = body.insertRow();
        cell(row, entry.service);
        const td = cell(row, `unreachable: ${(entry.problem && (entry.problem.detail || entry.problem.title)) || entry.problem}`);
        td.colSpan = 5;
        continue;
      }
      for (const lot of entry.parkingLots) {
        const row = body.insertRow();
        row.dataset.service = entry.service;
        row.dataset.consumer = lot.consumer;
        cell(row, entry.service);
        cell(row, lot.consumer);
        // PAUSED: behind an unavailable downstream (its circuit open); it resumes by itself.
        cell(row, lot.state === "PAUSED" ? "Paused (downstream unavailable)" : "Running");
        cell(row, lot.waiting);
        cell(row, lot.parked);
        cell(row, button(`Open ${entry.service} ${lot.consumer}`, () => openLot(entry.service, lot.consumer),
          "secondary"));
      }
    }
    status.textContent = `Updated ${new Date().toLocaleTimeString()}`;
  }

  async function openLot(service, consumer) {
    current = { service, consumer };
    document.getElementById("lot").hidden = false;
    document.getElementById("lot-heading").textContent = `Failure groups of ${service} / ${consumer}`;
    document.getElementById("messages-area").hidden = true;
    document.getElementById("message-area").hidden = true;
    await Promise.all([loadGroups(), loadAudit()]);
    document.getElementById("lot-heading").focus();
  }

  async function loadGroups() {
    const { service, consumer } = current;
    const answer = await call(path(service, consumer, "groups"));
    const list = document.getElementById("groups");
    list.replaceChildren();
    if (answer.groups.length === 0) {
      const empty = document.createElement("li");
      empty.textContent = "Nothing is parked here.";
      list.appendChild(empty);
    }
    for (const group of answer.groups) {
      const item = document.createElement("li");
      item.className = "card group";
      item.dataset.group = group.id;
      const title = document.createElement("h3");
      title.textContent = group.exceptionType || group.reason || "Unknown cause";
      const detail = document.createElement("p");
      detail.className = "cause";
      detail.textContent = [group.reason, group.message].filter(Boolean).join(": ");
      const counts = document.createElement("p");
      counts.className = "hint";
      counts.textContent = `${group.count} message(s), oldest ${Checkout.time(group.oldestFailedAt)}, newest ${Checkout.time(group.newestFailedAt)}`;
      const actions = document.createElement("p");
      actions.append(
        button("Messages", () => loadMessages(group.id), "secondary"), " ",
        button("Replay group", () => act("replay", { group: group.id })), " ",
        button("Discard group", () => act("discard", { group: group.id }), "danger"));
      item.append(title, detail, counts, actions);
      list.appendChild(item);
    }
  }

  async function loadMessages(group) {
    const { service, consumer } = current;
    const messages = await call(`${path(service, consumer, "messages")}?group=${encodeURIComponent(group)}`);
    const body = document.getElementById("messages").tBodies[0];
    body.replaceChildren();
    for (const message of messages) {
      const row = body.insertRow();
      row.dataset.messageId = message.messageId;
      cell(row, message.messageId);
      cell(row, message.eventType);
      cell(row, Checkout.time(message.failedAt));
      cell(row, message.attempts);
      const actions = document.createElement("span");
      actions.append(
        button("Show", () => showMessage(message.messageId), "secondary"), " ",
        button("Replay", () => act("replay", { messageId: message.messageId })), " ",
        button("Discard", () => act("discard", { messageId: message.messageId }), "danger"));
      cell(row, actions);
    }
    document.getElementById("messages-area").hidden = false;
    document.getElementById("messages-heading").focus();
  }

  async function showMessage(messageId) {
    const { service, consumer } = current;
    const message = await call(path(service, consumer, "messages", messageId));
    document.getElementById("message-heading").textContent = `Message ${messageId}`;
    document.getElementById("message-detail").textContent = JSON.stringify(
      { reason: message.reason, exception: `${message.exceptionType}: ${message.exceptionMessage}`,
        properties: message.properties, headers: message.headers, xDeath: message.xDeath, body: message.body },
      null, 2);
    document.getElementById("message-area").hidden = false;
    document.getElementById("message-heading").focus();
  }

  async function act(action, selection) {
    Checkout.show(problem, "");
    const request = Object.assign({}, selection);
    if (action === "discard") {
      if (!reason.value.trim()) {
        Checkout.show(problem, "Give a reason to discard: it is kept in the audit log.");
        reason.focus();
        return;
      }
      request.reason = reason.value.trim();
    }
    const { service, consumer } = current;
    const answer = await call(path(service, consumer, action), {
      method: "POST",
      headers: Object.assign({ Accept: "application/json", "Content-Type": "application/json" },
        Checkout.csrfHeaders()),
      body: JSON.stringify(request),
    });
    document.getElementById("messages-area").hidden = true;
    document.getElementById("message-area").hidden = true;
    await Promise.all([loadLots(), loadGroups(), loadAudit()]);
    // After the reload, which writes its own "Updated" line: the outcome is what the SRE needs to read.
    status.textContent = action === "replay" ? `Replayed ${answer.replayed} message(s).`
      : `Discarded ${answer.discarded} message(s).`;
  }

  async function loadAudit() {
    const { service, consumer } = current;
    const entries = await call(path(service, consumer, "audit"));
    const body = document.getElementById("audit").tBodies[0];
    body.replaceChildren();
    for (const entry of entries) {
      const row = body.insertRow();
      row.dataset.messageId = entry.messageId;
      cell(row, Checkout.time(entry.actedAt));
      cell(row, entry.action);
      cell(row, entry.actor);
      cell(row, entry.messageId);
      cell(row, entry.reason);
      cell(row, entry.failure);
    }
  }

  document.getElementById("refresh").addEventListener("click", () => loadLots().catch(() => {}));
  loadLots().catch(() => {});
})();
