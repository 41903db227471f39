// Shared by the pages: money, problem documents, and a UUID for Idempotency-Key outside secure contexts too.
"use strict";

window.Checkout = {
  money(minor, currency) {
    return new Intl.NumberFormat(undefined, { style: "currency", currency }).format(minor / 100);
  },

  time(instant) {
    return instant ? new Date(instant).toLocaleString() : "";
  },

  uuid() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  },

  // A problem+json answer as a sentence people can read, with the offending fields when there are any.
  async problemText(response) {
    let problem = null;
    try {
      problem = await response.json();
    } catch (notJson) {
      return `The request failed (HTTP ${response.status}).`;
    }
    const text = problem.detail || problem.title || `The request failed (HTTP ${response.status}).`;
    const fields = Array.isArray(problem.errors)
      ? problem.errors.map((e) => `${e.field}: ${e.message}`).join("; ")
      : "";
    return fields ? `${text} (${fields})` : text;
  },

  // The signed-in session's anti-CSRF token, which every change sent with the session cookie must carry; a guest's
  // page has none (and no session to protect).
  csrfHeaders() {
    const token = document.querySelector('meta[name="csrf-token"]');
    return token ? { "X-CSRF-Token": token.content } : {};
  },

  show(element, text) {
    element.textContent = text;
    element.hidden = !text;
  },
};
