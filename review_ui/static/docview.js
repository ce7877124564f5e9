// The document beside the extraction: selecting a line highlights where it was read, and clicking a
// highlighted region selects its line (keys.js owns the selection; this file only talks to it).
(function () {
  const view = document.getElementById("source-view");
  if (!view) return;
  const regions = Array.from(view.querySelectorAll("[data-line]"));
  document.addEventListener("line-selected", (ev) => {
    const id = ev.detail && ev.detail.id;
    let first = null;
    regions.forEach((el) => {
      const on = el.dataset.line === id;
      el.classList.toggle("active", on);
      if (on && !first) first = el;
    });
    if (first) first.scrollIntoView({ block: "nearest", inline: "nearest" });
  });
  regions.forEach((el) => el.addEventListener("click", () => {
    if (el.dataset.line.startsWith("line-")) {
      document.dispatchEvent(new CustomEvent("select-line", { detail: el.dataset.line }));
    } else {
      const field = document.getElementById(el.dataset.line);
      if (field) field.scrollIntoView({ block: "nearest" });
    }
  }));
})();
