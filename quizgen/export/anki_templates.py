"""Card templates and the one stylesheet of quizgen's Anki note types.

Templates may use only the fields listed in :data:`quizgen.export.anki.FIELDS`. Never write two
braces in a row here except for a field reference: Anki would read them as template syntax.
Changing a template or the CSS means bumping ``QUIZGEN_REVISED`` in anki.py, so that Anki
updates the note types users already have.
"""

from __future__ import annotations

# Extra (aliases, notes, disputes) and Source (quote, title, date, link): the back of every card.
_BACK_TAIL = (
    '{{#Extra}}<div class="qg-extra">{{Extra}}</div>{{/Extra}}\n'
    '<div class="qg-source">{{Source}}</div>'
)

BASIC_FRONT = '<div class="qg qg-basic tex2jax_ignore">\n<div class="qg-prompt">{{Front}}</div>\n</div>'
BASIC_BACK = (
    '<div class="qg qg-basic qg-back tex2jax_ignore">\n<div class="qg-prompt">{{Front}}</div>\n'
    '<hr id="answer">\n<div class="qg-answer">{{Back}}</div>\n' + _BACK_TAIL + "\n</div>"
)

# The options are shuffled on every showing of the front; the back reuses that order (kept in
# sessionStorage under the question id). Without scripts, or without storage, both sides keep the
# order written in the note, which is the exporter's seeded order.
_SHUFFLE_SCRIPT = """<script>
(function () {
  var boxes = document.querySelectorAll(".qg-options");
  var box = boxes[boxes.length - 1];
  var list = box ? box.querySelector("ol, ul") : null;
  if (!list) { return; }
  var items = [], order = null, i, j, t;
  for (i = 0; i < list.children.length; i++) { items.push(list.children[i]); }
  var n = items.length;
  var key = "quizgen-order:" + box.getAttribute("data-qid");
  var back = document.querySelector(".qg-back") !== null;
  if (back) {
    try { order = JSON.parse(window.sessionStorage.getItem(key)); } catch (e) { order = null; }
    if (!order || order.length !== n) { return; }
    var seen = [];
    for (i = 0; i < n; i++) {
      if (typeof order[i] !== "number" || order[i] < 0 || order[i] >= n || seen[order[i]]) { return; }
      seen[order[i]] = true;
    }
  } else {
    order = [];
    for (i = 0; i < n; i++) { order.push(i); }
    for (i = n - 1; i > 0; i--) {
      j = Math.floor(Math.random() * (i + 1));
      t = order[i]; order[i] = order[j]; order[j] = t;
    }
    /* No storage, no shuffle: the back could not show the same order. */
    try { window.sessionStorage.setItem(key, JSON.stringify(order)); } catch (e) { return; }
  }
  for (i = 0; i < n; i++) { list.appendChild(items[order[i]]); }
})();
</script>"""

MC_FRONT = (
    '<div class="qg qg-mc tex2jax_ignore">\n<div class="qg-prompt">{{Question}}</div>\n'
    '<div class="qg-options" data-qid="{{QuestionId}}">{{Options}}</div>\n</div>\n' + _SHUFFLE_SCRIPT
)
MC_BACK = (
    '<div class="qg qg-mc qg-back tex2jax_ignore">\n<div class="qg-prompt">{{Question}}</div>\n'
    '<div class="qg-options" data-qid="{{QuestionId}}">{{Options}}</div>\n'
    '<hr id="answer">\n<div class="qg-answer">{{Answer}}</div>\n'
    + _BACK_TAIL + "\n</div>\n" + _SHUFFLE_SCRIPT
)

TYPED_FRONT = (
    '<div class="qg qg-typed tex2jax_ignore">\n<div class="qg-prompt">{{Question}}</div>\n'
    "{{type:Answer}}\n</div>"
)
TYPED_BACK = (
    '<div class="qg qg-typed qg-back tex2jax_ignore">\n<div class="qg-prompt">{{Question}}</div>\n'
    '<hr id="answer">\n{{type:Answer}}\n' + _BACK_TAIL + "\n</div>"
)

CLOZE_FRONT = '<div class="qg qg-cloze tex2jax_ignore">\n<div class="qg-prompt">{{cloze:Text}}</div>\n</div>'
CLOZE_BACK = (
    '<div class="qg qg-cloze qg-back tex2jax_ignore">\n<div class="qg-prompt">{{cloze:Text}}</div>\n'
    '<hr id="answer">\n' + _BACK_TAIL + "\n</div>"
)

CSS = """\
.card {
  --qg-fg: #1f2328;
  --qg-bg: #ffffff;
  --qg-muted: #59636e;
  --qg-rule: #d1d9e0;
  --qg-accent: #0969da;
  --qg-right: #1a7f37;
  --qg-right-bg: #dafbe1;
  --qg-quote-bg: #f6f8fa;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
  font-size: 20px;
  line-height: 1.5;
  color: var(--qg-fg);
  background-color: var(--qg-bg);
  text-align: left;
}
.card.nightMode, .nightMode .card, .card.night_mode, .night_mode .card {
  --qg-fg: #e6edf3;
  --qg-bg: #1e1e1e;
  --qg-muted: #9198a1;
  --qg-rule: #3d444d;
  --qg-accent: #4493f8;
  --qg-right: #3fb950;
  --qg-right-bg: #12361f;
  --qg-quote-bg: #262c33;
}
.qg { max-width: 38em; margin: 0 auto; padding: 0.5em 1em; }
.qg-prompt { font-size: 1.1em; font-weight: 600; }
.qg hr#answer { border: 0; border-top: 1px solid var(--qg-rule); margin: 1em 0; }
.qg-answer { font-size: 1.15em; font-weight: 700; color: var(--qg-right); }
.qg-statement { margin-top: 0.5em; font-weight: 400; }
.qg-kicker {
  font-size: 0.75em; font-weight: 600; letter-spacing: 0.04em; text-transform: uppercase;
  color: var(--qg-muted); margin-bottom: 0.25em;
}
.qg-options ol { list-style-type: upper-alpha; margin: 0.75em 0 0; padding-left: 2em; }
.qg-options li { margin: 0.3em 0; padding: 0.2em 0.5em; border-radius: 6px; }
.qg-back .qg-options li.qg-right {
  color: var(--qg-right); background-color: var(--qg-right-bg); font-weight: 700;
}
.qg-back .qg-options li.qg-right::after { content: " \\2713"; }
.qg .cloze { font-weight: 700; color: var(--qg-accent); }
.qg-extra { margin-top: 1em; font-size: 0.85em; color: var(--qg-muted); }
.qg-extra p { margin: 0.25em 0; }
.qg-source { margin-top: 1em; font-size: 0.8em; color: var(--qg-muted); }
.qg-quote {
  margin: 0.5em 0 0.25em; padding: 0.5em 0.75em; border-left: 3px solid var(--qg-rule);
  background-color: var(--qg-quote-bg); color: var(--qg-fg); font-style: italic;
}
.qg-cite a { color: var(--qg-accent); }
input#typeans { font-size: 1em; width: 100%; box-sizing: border-box; margin-top: 0.75em; }
"""
