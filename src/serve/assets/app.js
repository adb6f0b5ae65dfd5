// wen-assess serve: the pages' one script, written for this project and
// served by the binary itself. Every action also works without it, as a
// plain form; it adds the facilitator's keys (0-4, N, arrows, Enter, G)
// and live updates by server-sent events (the spread of the room's
// proposals, and a reload when the facilitator moves to another criterion).
(function () {
  "use strict";
  var body = document.body;
  // Each page starts at its top: the next criterion, reached by the same
  // address, must not open scrolled to where the last one was left.
  if ("scrollRestoration" in window.history) {
    window.history.scrollRestoration = "manual";
  }

  var events = body.getAttribute("data-events");
  if (events && window.EventSource) {
    var source = new EventSource(events);
    source.addEventListener("room", function (e) {
      var data;
      try { data = JSON.parse(e.data); } catch (err) { return; }
      if ((data.at || "") !== (body.getAttribute("data-at") || "")) {
        source.close();
        window.location.reload();
        return;
      }
      var spread = document.getElementById("spread");
      if (spread && typeof data.html === "string") {
        spread.outerHTML = data.html;
      }
    });
  }

  // Stopping ends the workshop for everyone: ask once.
  var stop = document.querySelector("form.stop");
  var confirmText = body.getAttribute("data-confirm-stop");
  if (stop && confirmText) {
    stop.addEventListener("submit", function (e) {
      if (!window.confirm(confirmText)) { e.preventDefault(); }
    });
  }

  if (body.getAttribute("data-page") !== "question") {
    return;
  }

  function byId(id) { return document.getElementById(id); }

  function choose(id) {
    var radio = byId(id);
    if (radio) {
      radio.checked = true;
      radio.focus();
    }
  }

  function press(id) {
    var button = byId(id);
    if (button) { button.click(); }
  }

  function typing(target) {
    if (!target || !target.tagName) { return false; }
    var tag = target.tagName;
    return tag === "TEXTAREA" || tag === "SELECT" ||
      (tag === "INPUT" && target.type !== "radio" && target.type !== "checkbox");
  }

  var order = ["level-0", "level-1", "level-2", "level-3", "level-4", "level-na"];

  function move(step) {
    var at = -1;
    for (var i = 0; i < order.length; i++) {
      var r = byId(order[i]);
      if (r && r.checked) { at = i; }
    }
    var next = Math.min(order.length - 1, Math.max(0, at + step));
    choose(order[next]);
  }

  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) { return; }
    var key = e.key;
    if (/^[0-4]$/.test(key)) {
      choose("level-" + key);
    } else if (key === "n" || key === "N") {
      choose("level-na");
      var reason = byId("reason");
      if (reason) { reason.focus(); }
    } else if (key === "ArrowLeft") {
      press("go-back");
    } else if (key === "ArrowRight") {
      press("go-skip");
    } else if (key === "ArrowUp") {
      move(-1);
    } else if (key === "ArrowDown") {
      move(1);
    } else if (key === "Enter") {
      if (e.target && e.target.tagName === "BUTTON") { return; }
      press("record");
    } else if (key === "g" || key === "G") {
      var guidance = byId("guidance");
      if (guidance) { guidance.open = !guidance.open; }
    } else {
      return;
    }
    e.preventDefault();
  });
})();
