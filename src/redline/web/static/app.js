// redline article view: click a highlight or an event row to see its codes.
// Our own small script: reads JSON embedded as data, builds the panel with textContent only.
(function () {
  "use strict";
  var dataNode = document.getElementById("ann-data");
  var panel = document.getElementById("panel-body");
  if (!dataNode || !panel) { return; }
  var anns = [];
  try { anns = JSON.parse(dataNode.textContent || "[]"); } catch (e) { anns = []; }

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (cls) { node.className = cls; }
    return node;
  }

  function ids(node) {
    var raw = node.getAttribute("data-ann") || "";
    return raw.split(" ").filter(function (s) { return s !== ""; }).map(Number);
  }

  function clearFocus() {
    document.querySelectorAll(".focus").forEach(function (n) { n.classList.remove("focus"); });
  }

  function focusAnn(index) {
    var first = null;
    document.querySelectorAll(".hl[data-ann]").forEach(function (n) {
      if (ids(n).indexOf(index) >= 0) { n.classList.add("focus"); first = first || n; }
    });
    document.querySelectorAll("tr.ev[data-ann]").forEach(function (n) {
      if (ids(n).indexOf(index) >= 0) { n.classList.add("focus"); }
    });
    return first;
  }

  function describe(indices) {
    panel.replaceChildren();
    indices.forEach(function (i) {
      var ann = anns[i];
      if (!ann) { return; }
      panel.appendChild(el("h3", ann.kind + ": " + ann.label));
      var dl = el("dl");
      (ann.details || []).forEach(function (row) {
        dl.appendChild(el("dt", row[0]));
        dl.appendChild(el("dd", row[1]));
      });
      panel.appendChild(dl);
    });
    if (!panel.firstChild) { panel.appendChild(el("p", "Nothing here.", "muted")); }
  }

  document.addEventListener("click", function (ev) {
    var target = ev.target instanceof Element ? ev.target : null;
    var node = target ? target.closest(".hl[data-ann], tr.ev[data-ann]") : null;
    if (!node) { return; }
    var indices = ids(node);
    clearFocus();
    indices.forEach(focusAnn);
    describe(indices);
    if (node.tagName === "TR" && indices.length) {
      var first = focusAnn(indices[0]);
      if (first) { first.scrollIntoView({ block: "center", behavior: "smooth" }); }
    }
  });
})();
