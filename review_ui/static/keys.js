// Keyboard first. Order page: j/k move between lines, Enter edits the SKU (or, when the doubt is in the
// header, goes to that field; Enter in the customer's list sets it), 1-9 pick a suggestion,
// a approves (with doubts left it asks first, and a again confirms), r goes to the reject reason,
// h to the hold reason, q back to the queue. Queue: j/k move between orders, Enter opens one.
// After approve, reject or hold the server opens the next order waiting.
// Everywhere: ? shows the keys, Escape leaves a field or closes the help.
// The keys act only when nothing else owns them: not while typing in a field, not while the keys help
// is open (only ? and Escape, which close it), and not while a button, link or summary the clerk
// tabbed to has focus (Enter and Space are its own, and a letter must not approve from the Reject
// button); Escape hands the keys back to the selected line.
(function () {
  const help = document.getElementById("keys-help");
  const confirmBox = document.getElementById("approve-confirm");
  function confirmOpen() { return confirmBox && !confirmBox.hidden; }
  function showConfirm(show) {
    if (!confirmBox) return;
    confirmBox.hidden = !show;
    if (show) { confirmBox.scrollIntoView({ block: "nearest" }); confirmBox.querySelector("button").focus(); }
    else select(current);
  }
  if (confirmBox) {
    const cancel = document.getElementById("approve-cancel");
    if (cancel) cancel.addEventListener("click", (ev) => { ev.preventDefault(); showConfirm(false); });
  }
  function helpOpen() { return help && !help.hidden; }
  function toggleHelp(show) {
    if (!help) return;
    help.hidden = show === undefined ? !help.hidden : !show;
    if (!help.hidden) help.querySelector("button").focus();
    else if (help.contains(document.activeElement) || document.activeElement === document.body) select(current);
  }
  if (help) help.querySelector("button").addEventListener("click", () => toggleHelp(false));
  function typingIn(el) {
    return el && (["INPUT", "SELECT", "TEXTAREA"].includes(el.tagName) || el.isContentEditable);
  }
  function controlKeepsKeys(el) {
    // Rows and the document view's source boxes are tabindex -1: selecting them is the keys' own business.
    return el && ["BUTTON", "A", "SUMMARY"].includes(el.tagName) && el.tabIndex >= 0;
  }

  const lines = Array.from(document.querySelectorAll("tr.line"));
  const queueRows = Array.from(document.querySelectorAll("#queue tr[data-href]"));
  const rows = lines.length ? lines : queueRows;
  let current = Math.max(0, lines.findIndex((r) => r.classList.contains("doubtful")));
  function select(i, focus) {
    if (!rows.length) return;
    current = Math.min(rows.length - 1, Math.max(0, i));
    rows.forEach((r) => r.classList.remove("selected"));
    rows[current].classList.add("selected");
    // The least scroll that shows the row: focus() alone centres it, pushing the doubts above it off screen.
    if (focus !== false) {
      // The doubt under the line comes into view with it (the line itself last: it wins when both cannot).
      const doubt = rows[current].nextElementSibling;
      if (doubt && doubt.classList.contains("line-doubt")) doubt.scrollIntoView({ block: "nearest" });
      rows[current].focus({ preventScroll: true }); rows[current].scrollIntoView({ block: "nearest" });
    }
    document.dispatchEvent(new CustomEvent("line-selected", { detail: rows[current] }));
  }
  // Doubts first: with no doubtful line but a doubt in the header (an unknown customer), that field is
  // the one shown and marked in the document; the first line is selected without taking the view.
  const headerDoubt = lines.length && !lines.some((r) => r.classList.contains("doubtful"))
    ? document.querySelector(".extraction .doubtful-field") : null;
  if (rows.length) select(current, !headerDoubt);
  if (headerDoubt) {
    headerDoubt.scrollIntoView({ block: "center" });
    document.dispatchEvent(new CustomEvent("line-selected", { detail: headerDoubt }));
  }
  if (confirmOpen()) confirmBox.querySelector("button").focus();  // the server asked: a or Enter confirms
  // Clicking a row (or, from the document view, a highlighted source region) selects it.
  rows.forEach((r, i) => r.addEventListener("click", (ev) => {
    if (!["INPUT", "SELECT", "BUTTON", "A"].includes(ev.target.tagName)) select(i);
  }));
  // A click on a suggestion takes it, as its number's key does.
  document.querySelectorAll("tr.line-doubt .cand").forEach((cand) => cand.addEventListener("click", () => {
    const form = document.getElementById(cand.closest("tr").dataset.for.replace("line-", "line-form-"));
    if (form) { form.querySelector("input[name=sku]").value = cand.dataset.sku; form.submit(); }
  }));
  document.querySelectorAll("tr.line-doubt").forEach((tr) => tr.addEventListener("click", () => {
    const i = rows.findIndex((r) => r.id === tr.dataset.for);
    if (i >= 0) select(i);
  }));
  document.addEventListener("select-line", (ev) => {
    const i = rows.findIndex((r) => r.id === ev.detail);
    if (i >= 0) select(i);
  });

  document.addEventListener("keydown", (ev) => {
    const focused = document.activeElement;
    if (typingIn(focused)) {
      if (ev.key === "Escape") { focused.blur(); select(current); }
      // A list (the customer) sends nothing on Enter by itself: here Enter sets what was picked in it.
      else if (ev.key === "Enter" && focused.tagName === "SELECT" && focused.form && focused.form.closest(".extraction")) {
        focused.form.submit(); ev.preventDefault();
      }
      return;
    }
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    // Asked to confirm an approval over doubts: a (or Enter on its focused button) confirms, Esc does not.
    if (confirmOpen() && !helpOpen()) {
      if (ev.key === "a") { document.getElementById("approve-confirm-form").submit(); ev.preventDefault(); return; }
      if (ev.key === "Escape") { showConfirm(false); ev.preventDefault(); return; }
    }
    if (ev.key === "?") { toggleHelp(); ev.preventDefault(); return; }
    if (ev.key === "Escape") {
      if (helpOpen()) toggleHelp(false);
      else if (controlKeepsKeys(focused)) { focused.blur(); select(current); }
      return;
    }
    if (helpOpen() || controlKeepsKeys(focused)) return;
    const row = rows[current];
    if (ev.key === "j") { select(current + 1); ev.preventDefault(); }
    else if (ev.key === "k") { select(current - 1); ev.preventDefault(); }
    else if (ev.key === "Enter" && row && row.dataset.href && document.activeElement === row) {
      window.location = row.dataset.href; ev.preventDefault();
    } else if (ev.key === "Enter" && headerDoubt && focused !== row) {
      // The doubt is in the header (the customer, a date, an address): Enter goes to its field, as it goes
      // to a doubtful line's SKU.
      const folded = headerDoubt.closest("details");
      if (folded) folded.open = true;
      const field = headerDoubt.matches("input, select, textarea") ? headerDoubt
        : (folded || headerDoubt).querySelector("input:not([type=hidden]), select, textarea");
      if (field) { field.focus(); ev.preventDefault(); }
    } else if (ev.key === "Enter" && row && lines.length) {
      const input = row.querySelector("input[name=sku]");
      if (input) { input.focus(); input.select(); ev.preventDefault(); }
    } else if (/^[1-9]$/.test(ev.key) && row && lines.length) {
      // The suggestions are in the doubt's row under the line.
      const doubt = document.getElementById(row.getAttribute("aria-describedby") || "");
      const cand = doubt ? doubt.querySelectorAll(".cand")[Number(ev.key) - 1] : null;
      const form = row.querySelector("form.line-form");
      if (cand && form) { form.querySelector("input[name=sku]").value = cand.dataset.sku; form.submit(); }
    } else if (ev.key === "a") {
      const approve = document.getElementById("approve-form");
      if (approve && Number(approve.dataset.doubts) > 0 && confirmBox) showConfirm(true);
      else if (approve) approve.submit();
      ev.preventDefault();
    } else if (ev.key === "r" || ev.key === "h") {
      const reason = document.getElementById(ev.key === "r" ? "reason" : "hold-reason");
      if (reason) { reason.focus(); ev.preventDefault(); }
    } else if (ev.key === "q" && location.pathname.startsWith("/review/orders/")) {
      window.location = "/review"; ev.preventDefault();
    }
  });
  queueRows.forEach((tr) => {
    tr.addEventListener("dblclick", () => { window.location = tr.dataset.href; });
  });
})();
