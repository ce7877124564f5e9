// SKU autocomplete over the catalog: type in a SKU field, get the closest products with description,
// price and stock; arrows move, Enter takes one, Escape closes. Plain JS, no build step.
(function () {
  function setup(input) {
    const list = document.getElementById(input.getAttribute("aria-controls"));
    if (!list) return;
    let items = [], active = -1, timer = null, asked = 0;
    function close() { list.hidden = true; input.setAttribute("aria-expanded", "false"); active = -1; }
    function mark(i) {
      active = i;
      Array.from(list.children).forEach((li, j) => li.setAttribute("aria-selected", String(j === i)));
    }
    function take(i) { if (items[i]) { input.value = items[i].sku; close(); } }
    function show(found) {
      items = found;
      list.replaceChildren(...found.map((s, i) => {
        const li = document.createElement("li");
        li.setAttribute("role", "option");
        li.id = `${list.id}-${i}`;
        const code = document.createElement("strong");
        code.textContent = s.sku;  // textContent: catalog text is never parsed as markup
        const info = document.createElement("small");
        // A product with no list price (and no contract price) shows "no price", never 0.00.
        const price = s.price === null || s.price === undefined ? "no price" : Number(s.price).toFixed(2);
        info.textContent = ` ${s.description} · ${price}${s.contract_price ? " (contract)" : ""}` +
          ` · stock ${Number(s.stock)} ${s.uom}`;
        li.append(code, info);
        li.addEventListener("mousedown", (ev) => { ev.preventDefault(); take(i); });
        return li;
      }));
      list.hidden = !found.length;
      input.setAttribute("aria-expanded", String(!!found.length));
      mark(found.length ? 0 : -1);
    }
    input.addEventListener("input", () => {
      clearTimeout(timer);
      const q = input.value.trim();
      if (q.length < 2) { close(); return; }
      timer = setTimeout(async () => {
        const mine = ++asked;
        const r = await fetch(`${input.dataset.suggest}&q=${encodeURIComponent(q)}`, { credentials: "same-origin" });
        if (mine === asked && r.ok) show(await r.json());  // an older answer never replaces a newer one
      }, 120);
    });
    input.addEventListener("keydown", (ev) => {
      if (list.hidden) return;
      if (ev.key === "ArrowDown") { mark(Math.min(items.length - 1, active + 1)); ev.preventDefault(); }
      else if (ev.key === "ArrowUp") { mark(Math.max(0, active - 1)); ev.preventDefault(); }
      else if (ev.key === "Enter" && active >= 0) { take(active); ev.preventDefault(); }
      else if (ev.key === "Escape") { close(); ev.stopPropagation(); }
    });
    input.addEventListener("blur", () => setTimeout(close, 150));
  }
  document.querySelectorAll("input[data-suggest]").forEach(setup);
})();
