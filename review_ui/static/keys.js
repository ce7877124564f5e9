// Keyboard first: j/k move between order lines, Enter edits the SKU, 1-3 pick a suggestion, a approves.
(function () {
  const lines = Array.from(document.querySelectorAll("tr.line"));
  let current = Math.max(0, lines.findIndex((r) => r.classList.contains("doubtful")));
  function select(i) {
    if (!lines.length) return;
    current = Math.min(lines.length - 1, Math.max(0, i));
    lines.forEach((r) => r.classList.remove("selected"));
    lines[current].classList.add("selected");
    lines[current].focus();
  }
  if (lines.length) select(current);
  document.addEventListener("keydown", (ev) => {
    const typing = ["INPUT", "SELECT", "TEXTAREA"].includes(document.activeElement.tagName);
    if (typing) {
      if (ev.key === "Escape") { document.activeElement.blur(); select(current); }
      return;
    }
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const row = lines[current];
    if (ev.key === "j") { select(current + 1); ev.preventDefault(); }
    else if (ev.key === "k") { select(current - 1); ev.preventDefault(); }
    else if (ev.key === "Enter" && row) {
      const input = row.querySelector("input[name=sku]");
      if (input) { input.focus(); input.select(); ev.preventDefault(); }
    } else if (["1", "2", "3"].includes(ev.key) && row) {
      const cand = row.querySelectorAll(".cand")[Number(ev.key) - 1];
      const form = row.querySelector("form.line-form");
      if (cand && form) { form.querySelector("input[name=sku]").value = cand.dataset.sku; form.submit(); }
    } else if (ev.key === "a") {
      const approve = document.getElementById("approve-form");
      if (approve) approve.submit();
    } else if (ev.key === "r") {
      const reason = document.getElementById("reason");
      if (reason) { reason.focus(); ev.preventDefault(); }
    }
  });
  document.querySelectorAll("#queue tr[data-href]").forEach((tr) => {
    tr.addEventListener("dblclick", () => { window.location = tr.dataset.href; });
  });
})();
