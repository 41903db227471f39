// The shop page: the catalog from GET /products, the checkout through POST /orders, then the order's page. A guest's
// order is read with the status token its checkout answers; a signed-in customer's is theirs (the service takes the
// customer from the session, never from this body) and is read with the session, which the page's token protects.
"use strict";

(function () {
  const form = document.getElementById("checkout-form");
  const table = document.getElementById("products");
  const catalogStatus = document.getElementById("catalog-status");
  const problem = document.getElementById("checkout-problem");
  const button = document.getElementById("place-order");
  // One key per order the shopper means to place: a retry after a lost answer replays it instead of charging twice.
  let idempotencyKey = Checkout.uuid();

  // Every page of the catalog (100 products a page, the API's largest).
  async function products() {
    const all = [];
    for (let page = 0; ; page++) {
      const response = await fetch(`/products?size=100&page=${page}`, { headers: { Accept: "application/json" } });
      if (!response.ok) {
        throw new Error(await Checkout.problemText(response));
      }
      const answer = await response.json();
      all.push(...answer.items);
      if (answer.items.length < answer.size || all.length >= answer.total) {
        return all;
      }
    }
  }

  async function loadCatalog() {
    const items = await products();
    const body = table.tBodies[0];
    for (const product of items) {
      const row = body.insertRow();
      const name = row.insertCell();
      name.textContent = product.name;
      row.insertCell().textContent = Checkout.money(product.priceMinor, product.currency);
      row.insertCell().textContent = String(product.stock);
      const quantity = document.createElement("input");
      quantity.type = "number";
      quantity.min = "0";
      quantity.max = "1000";
      quantity.value = "0";
      quantity.inputMode = "numeric";
      quantity.id = `qty-${product.sku}`;
      quantity.dataset.sku = product.sku;
      quantity.setAttribute("aria-label", `Quantity of ${product.name}`);
      row.insertCell().appendChild(quantity);
    }
    catalogStatus.textContent = `${items.length} products`;
    table.hidden = false;
  }

  function order() {
    const value = (id) => document.getElementById(id).value.trim();
    const lines = Array.from(table.querySelectorAll("input[data-sku]"))
      .map((input) => ({ sku: input.dataset.sku, quantity: Number(input.value) }))
      .filter((line) => line.quantity > 0);
    return {
      customer: { id: `guest-${idempotencyKey}`, email: value("email"), name: value("name") },
      lines,
      shippingAddress: { line1: value("line1"), city: value("city"), postalCode: value("postalCode"),
        country: value("country") },
      payment: { token: value("card") === "local" ? cardIssuedIn(value("country")) : value("card") },
    };
  }

  // A card of the shopper's own, issued where the order ships: one shared test card would trip the fraud rules'
  // card velocity, and a foreign one their country mismatch, so every demo order would wait for a review.
  function cardIssuedIn(country) {
    const lastFour = String(Math.floor(Math.random() * 10000)).padStart(4, "0");
    return `tok_visa_${country.toLowerCase()}_${lastFour}`;
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    Checkout.show(problem, "");
    const request = order();
    if (request.lines.length === 0) {
      Checkout.show(problem, "Choose a quantity of at least one product.");
      return;
    }
    button.disabled = true;
    button.textContent = "Placing your order…";
    try {
      const response = await fetch("/orders", {
        method: "POST",
        headers: Object.assign({ "Content-Type": "application/json", Accept: "application/json",
          "Idempotency-Key": idempotencyKey }, Checkout.csrfHeaders()),
        body: JSON.stringify(request),
      });
      if (response.status === 201) {
        const placed = await response.json();
        const token = response.headers.get("Order-Status-Token");
        if (token) {
          sessionStorage.setItem(`statusToken:${placed.id}`, token);
        }
        window.location.assign(`/shop/orders/${placed.id}`);
        return;
      }
      Checkout.show(problem, await Checkout.problemText(response));
      // A final refusal (declined, out of stock, invalid) is replayed for the same key: the next try is a new order.
      if (response.status !== 503) {
        idempotencyKey = Checkout.uuid();
      }
    } catch (networkError) {
      Checkout.show(problem, "The shop could not be reached; try again (the same order will not be charged twice).");
    } finally {
      button.disabled = false;
      button.textContent = "Place order";
    }
    problem.focus();
  });

  problem.tabIndex = -1;
  loadCatalog().catch((failure) => {
    catalogStatus.textContent = `The catalog could not be loaded (${failure.message}); reload the page.`;
  });
})();
