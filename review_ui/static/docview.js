// The document beside the extraction: selecting a line highlights where it was read (scrolled into the
// middle of the pane), and clicking a highlighted region selects its line (keys.js owns the selection;
// this file only talks to it). PDF pages are drawn at their rendered size (100%: readable) and zoom
// with the pane's - / + buttons.
(function () {
  const view = document.getElementById("source-view");
  if (!view) return;
  const regions = Array.from(view.querySelectorAll("[data-line]"));
  // The pane scrolls to put the mark in its middle; the page itself does not move.
  function reveal(el) {
    const pane = view.getBoundingClientRect(), box = el.getBoundingClientRect();
    // A mark wider or taller than the pane shows its start (where a line's text begins).
    const centre = (from, size, room) => (size > room ? from - 8 : from - (room - size) / 2);
    view.scrollTop += centre(box.top - pane.top, box.height, pane.height);
    view.scrollLeft += centre(box.left - pane.left, box.width, pane.width);
  }
  document.addEventListener("line-selected", (ev) => {
    const id = ev.detail && ev.detail.id;
    let first = null;
    regions.forEach((el) => {
      const on = el.dataset.line === id;
      el.classList.toggle("active", on);
      if (on && !first) first = el;
    });
    if (first) reveal(first);
  });
  regions.forEach((el) => el.addEventListener("click", () => {
    if (el.dataset.line.startsWith("line-")) {
      document.dispatchEvent(new CustomEvent("select-line", { detail: el.dataset.line }));
    } else {
      const field = document.getElementById(el.dataset.line);
      if (field) {
        const folded = field.closest("details");
        if (folded) folded.open = true;  // an address folded away opens to show the field
        field.scrollIntoView({ block: "nearest" });
      }
    }
  }));

  // Zoom: each page's width is its image's natural width times the zoom.
  const images = Array.from(view.querySelectorAll("figure.pdf-page img"));
  const bar = document.getElementById("zoom");
  if (!images.length || !bar) return;
  const steps = [0.5, 0.75, 1, 1.25, 1.5, 2];
  let at = steps.indexOf(1);
  const label = bar.querySelector("output");
  function apply() {
    const zoom = steps[at];
    images.forEach((img) => {
      const set = () => { img.style.width = `${Math.round(img.naturalWidth * zoom)}px`; };
      if (img.complete && img.naturalWidth) set(); else img.addEventListener("load", set, { once: true });
    });
    label.textContent = `${Math.round(zoom * 100)}%`;
    const active = view.querySelector(".src.active");
    if (active) reveal(active);
  }
  bar.querySelector("[data-zoom=out]").addEventListener("click", () => { at = Math.max(0, at - 1); apply(); });
  bar.querySelector("[data-zoom=in]").addEventListener("click", () => { at = Math.min(steps.length - 1, at + 1); apply(); });
  bar.hidden = false;
  apply();
})();
