// An order's page: the order and its timeline from the JSON API, kept current by the order's event stream
// (GET /orders/{id}/events; the browser's EventSource reconnects by itself with Last-Event-ID), and by polling
// where there is no stream. A refresh also shows DELAYED, which the service computes when an order is read.
"use strict";

(function () {
  const article = document.getElementById("order");
  const orderId = article.dataset.orderId;
  const eventTypes = article.dataset.eventTypes.split(" ");
  const token = new URLSearchParams(window.location.search).get("statusToken")
    || sessionStorage.getItem(`statusToken:${orderId}`);
  const headers = token ? { Accept: "application/json", "Order-Status-Token": token } : { Accept: "application/json" };
  const withToken = (path) => (token ? `${path}?statusToken=${encodeURIComponent(token)}` : path);

  const STATE_TEXT = { PENDING: "Pending", DONE: "Done", DELAYED: "Delayed", HELD: "Held", FAILED: "Failed" };
  const FOLLOW_UP_TEXT = { email: "Confirmation email", fraud: "Fraud review", analytics: "Sales analytics",
    fulfilment: "Shipping from the warehouse" };
  const POLL_MS = 2000;
  const REFRESH_MS = 5000;

  let stream = null;
  let timer = null;
  let settled = false;

  function followUpDetail(followUp) {
    if (followUp.failure) {
      return `Gave up after ${followUp.failure.attempts} attempts: ${followUp.failure.reasonCode}`;
    }
    if (followUp.hold) {
      return `Waiting: ${followUp.hold.reasonCode}${followUp.hold.final ? " (final)" : ""}`;
    }
    if (followUp.assessment) {
      return `Decision: ${followUp.assessment.decision}`;
    }
    if (followUp.reference) {
      return `Reference ${followUp.reference}`;
    }
    return followUp.state === "DELAYED" ? "Taking longer than usual; it will complete when the service is back." : "";
  }

  function render(order) {
    document.getElementById("order-status").textContent =
      `Status: ${order.status} · ${Checkout.money(order.totalMinor, order.currency)} · placed ${Checkout.time(order.createdAt)}`;
    const list = document.getElementById("follow-ups");
    list.replaceChildren();
    for (const [name, followUp] of Object.entries(order.followUps || {})) {
      const item = document.createElement("li");
      item.className = `follow-up state-${followUp.state.toLowerCase()}`;
      item.dataset.followUp = name;
      item.dataset.state = followUp.state;
      const title = document.createElement("span");
      title.className = "follow-up-name";
      title.textContent = FOLLOW_UP_TEXT[name] || name;
      const state = document.createElement("span");
      state.className = "badge";
      state.textContent = STATE_TEXT[followUp.state] || followUp.state;
      const detail = document.createElement("span");
      detail.className = "follow-up-detail";
      detail.textContent = followUpDetail(followUp);
      item.append(title, state, detail);
      list.appendChild(item);
    }
    const body = document.getElementById("lines").tBodies[0];
    body.replaceChildren();
    for (const line of order.lines) {
      const row = body.insertRow();
      row.insertCell().textContent = line.name;
      row.insertCell().textContent = String(line.quantity);
      row.insertCell().textContent = Checkout.money(line.unitPriceMinor, order.currency);
      row.insertCell().textContent = Checkout.money(line.lineTotalMinor, order.currency);
    }
    document.getElementById("order-total").textContent = Checkout.money(order.totalMinor, order.currency);
    const receipt = document.getElementById("receipt");
    if (order.receipt) {
      document.getElementById("receipt-link").href = withToken(order.receipt);
      receipt.hidden = false;
    }
    const states = Object.values(order.followUps || {}).map((f) => f.state);
    settled = !["CONFIRMED", "ON_HOLD", "PENDING_PAYMENT"].includes(order.status)
      || states.every((s) => s === "DONE" || s === "FAILED");
  }

  function renderTimeline(timeline) {
    const list = document.getElementById("timeline");
    list.replaceChildren();
    for (const change of timeline.entries) {
      const item = document.createElement("li");
      const when = document.createElement("time");
      when.dateTime = change.at;
      when.textContent = Checkout.time(change.at);
      const what = document.createElement("span");
      what.textContent = change.followUp ? `${change.type}: ${change.followUp} ${change.state}` : change.type;
      item.append(when, " ", what);
      list.appendChild(item);
    }
  }

  async function refresh() {
    const [orderAnswer, timelineAnswer] = await Promise.all([
      fetch(`/orders/${orderId}`, { headers }), fetch(`/orders/${orderId}/timeline`, { headers })]);
    if (!orderAnswer.ok) {
      Checkout.show(document.getElementById("order-problem"), await Checkout.problemText(orderAnswer));
      document.getElementById("order-status").textContent = "This order cannot be shown.";
      settled = true;
      return;
    }
    render(await orderAnswer.json());
    if (timelineAnswer.ok) {
      renderTimeline(await timelineAnswer.json());
    }
  }

  // A failed refresh (the service briefly unreachable) is shown and tried again at the next turn.
  function update() {
    return refresh().catch(() => live("The shop cannot be reached right now; trying again."));
  }

  function schedule(delay) {
    clearTimeout(timer);
    if (!settled) {
      timer = setTimeout(() => update().then(() => schedule(stream ? REFRESH_MS : POLL_MS)), delay);
    }
  }

  function live(text) {
    document.getElementById("live").textContent = text;
  }

  function listen() {
    if (!window.EventSource) {
      live("Checking for updates every few seconds.");
      return;
    }
    stream = new EventSource(withToken(`/orders/${orderId}/events`));
    const changed = () => schedule(100);
    for (const type of eventTypes) {
      stream.addEventListener(type, changed);
    }
    stream.addEventListener("end", () => {
      stream.close();
      stream = null;
      update();
    });
    stream.onopen = () => live("Live: updates appear as they happen.");
    stream.onerror = () => {
      // CONNECTING: the browser reconnects by itself, sending Last-Event-ID. CLOSED: it gave up; poll instead.
      if (stream && stream.readyState === EventSource.CLOSED) {
        stream = null;
        live("Checking for updates every few seconds.");
        schedule(POLL_MS);
      } else {
        live("Reconnecting…");
      }
    };
  }

  update().then(() => {
    if (!settled) {
      listen();
      schedule(stream ? REFRESH_MS : POLL_MS);
    }
  });
})();
