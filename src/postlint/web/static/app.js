/* postlint serve: the review page. Talks only to the server it came from (POST /api/review). */
"use strict";

const I18N = {
  en: {
    title: "postlint — review", tagline: "Everything stays on this computer: nothing is sent anywhere.",
    drop: "Drop a .md, .txt or .docx file here, or", choose: "choose a file", filename: "File name",
    type: "Type", language: "Language", auto: "automatic", platforms: "Platforms", edit: "Edit",
    review: "Review", check: "Check", undo: "Undo", copy: "Copy text", download: "Download",
    placeholder: "Paste your draft here (Markdown or plain text)…",
    hint: "Paste a draft or drop a file, then press Check. Findings appear here, highlighted in the draft; " +
          "click a suggestion to apply it.",
    checking: "Checking…", empty: "The draft is empty.", copied: "Copied.", copyFailed: "Could not copy: select the text and copy it.",
    findings: (n) => (n === 0 ? "No findings." : n === 1 ? "1 finding." : `${n} findings.`),
    stale: "The text changed since this check; checking again…", reading: "Reading the file…",
    unsupported: "Only .md, .markdown, .txt and .docx files can be checked.",
    docx: (name) => `${name} was converted to text: ¶ numbers are the paragraphs of the Word file. ` +
                    "Downloads are plain text (Markdown).",
    network: "The postlint server does not answer (was it stopped?).",
  },
  fr: {
    title: "postlint — relecture", tagline: "Tout reste sur cet ordinateur : rien n'est envoyé ailleurs.",
    drop: "Déposez ici un fichier .md, .txt ou .docx, ou", choose: "choisissez un fichier",
    filename: "Nom du fichier", type: "Type", language: "Langue", auto: "automatique", platforms: "Plateformes",
    edit: "Modifier", review: "Relecture", check: "Vérifier", undo: "Annuler", copy: "Copier le texte",
    download: "Télécharger", placeholder: "Collez votre brouillon ici (Markdown ou texte simple)…",
    hint: "Collez un brouillon ou déposez un fichier, puis cliquez sur Vérifier. Les constats s'affichent ici " +
          "et sont surlignés dans le texte ; cliquez sur une suggestion pour l'appliquer.",
    checking: "Vérification…", empty: "Le brouillon est vide.", copied: "Copié.",
    copyFailed: "Copie impossible : sélectionnez le texte et copiez-le.",
    findings: (n) => (n === 0 ? "Aucun constat." : n === 1 ? "1 constat." : `${n} constats.`),
    stale: "Le texte a changé depuis la vérification ; nouvelle vérification…", reading: "Lecture du fichier…",
    unsupported: "Seuls les fichiers .md, .markdown, .txt et .docx peuvent être vérifiés.",
    docx: (name) => `${name} a été converti en texte : les numéros ¶ sont les paragraphes du fichier Word. ` +
                    "Le téléchargement est en texte (Markdown).",
    network: "Le serveur postlint ne répond pas (a-t-il été arrêté ?).",
  },
};

const $ = (sel) => document.querySelector(sel);
const state = { ui: "en", checkedText: null, paragraphNumbers: null, undo: [], seq: 0, timer: null, docxName: null };

function t(key, ...args) {
  const v = I18N[state.ui][key];
  return typeof v === "function" ? v(...args) : v;
}

function setUi(lang) {
  state.ui = lang;
  document.documentElement.lang = lang;
  document.querySelectorAll("[data-i18n]").forEach((el) => { el.textContent = t(el.dataset.i18n); });
  $("#draft").placeholder = t("placeholder");
  document.querySelectorAll("[data-ui]").forEach((b) => b.setAttribute("aria-pressed", String(b.dataset.ui === lang)));
  try { localStorage.setItem("postlint-ui", lang); } catch (e) { /* private mode */ }
  if (state.checkedText !== null) check();
}

function status(text, isError = false) {
  const el = $("#status");
  el.textContent = text || "";
  el.classList.toggle("error", !!isError);
}

function showTab(name) {
  const review = name === "review";
  $("#tab-review").setAttribute("aria-selected", String(review));
  $("#tab-edit").setAttribute("aria-selected", String(!review));
  $("#review-pane").hidden = !review;
  $("#edit-pane").hidden = review;
}

function lineCount(text) { return text.split("\n").length; }

function textFilename() {
  // a converted Word draft is checked (and downloaded) as Markdown
  const name = ($("#filename").value || "draft.md").trim();
  return /\.docx$/i.test(name) ? name.replace(/\.docx$/i, ".md") : name;
}

function options() {
  const opts = {
    lang: $("#lang").value, type: $("#type").value,
    platforms: [...document.querySelectorAll("input[name=platform]:checked")].map((c) => c.value),
  };
  return opts;
}

async function post(body) {
  const seq = ++state.seq;
  status(t("checking"));
  let resp, data;
  try {
    resp = await fetch(`/api/review?ui=${state.ui}`, {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
    });
    data = await resp.json();
  } catch (e) {
    if (seq === state.seq) status(t("network"), true);
    return;
  }
  if (seq !== state.seq) return; // an older answer arriving after a newer request
  if (!resp.ok) {
    const file = data.files && data.files[0];
    status((file && file.error) || (data.error && data.error.message) || `HTTP ${resp.status}`, true);
    return;
  }
  show(data);
}

function check() {
  clearTimeout(state.timer);
  const text = $("#draft").value;
  if (!text.trim()) {
    status(t("empty"));
    return Promise.resolve();
  }
  const opts = options();
  if (state.paragraphNumbers) {
    if (Math.abs(lineCount(text) - state.paragraphNumbers.length) <= 1) opts.paragraph_numbers = state.paragraphNumbers;
    else state.paragraphNumbers = null; // lines were added or removed: back to line numbers
  }
  return post({ text, filename: textFilename(), options: opts });
}

function show(data) {
  state.checkedText = data.text;
  if (data.paragraph_numbers) state.paragraphNumbers = data.paragraph_numbers;
  if ($("#draft").value !== data.text && data.filename && /\.docx$/i.test(data.filename)) {
    $("#draft").value = data.text;
  }
  const tpl = document.createElement("template");
  tpl.innerHTML = data.html; // rendered and escaped by the server
  const draft = tpl.content.querySelector(".draft");
  const pane = $("#review-pane");
  pane.replaceChildren();
  if (state.docxName) {
    const note = document.createElement("p");
    note.className = "hint";
    note.textContent = t("docx", state.docxName);
    pane.append(note);
  }
  if (draft) pane.append(draft);
  $("#results").replaceChildren(...tpl.content.childNodes);
  status(t("findings", data.summary.findings));
  showTab("review");
}

function applyEdits(button) {
  const text = $("#draft").value;
  if (state.checkedText === null || text !== state.checkedText) {
    status(t("stale"));
    check();
    return;
  }
  const edits = JSON.parse(button.dataset.edits).sort((a, b) => b[0] - a[0]);
  let out = text;
  for (const [start, end, replacement] of edits) out = out.slice(0, start) + replacement + out.slice(end);
  state.undo.push(text);
  $("#undo").disabled = false;
  $("#draft").value = out;
  check();
}

function flash(el) {
  if (!el) return;
  el.scrollIntoView({ block: "center", behavior: "smooth" });
  el.classList.add("focus");
  setTimeout(() => el.classList.remove("focus"), 1600);
}

function onClick(ev) {
  const button = ev.target.closest("button.suggestion, button.fix");
  if (button && button.dataset.edits) {
    ev.preventDefault();
    applyEdits(button);
    return;
  }
  const mark = ev.target.closest("mark.hl");
  if (mark) {
    ev.preventDefault();
    // the most severe finding under the highlight (where its link points)
    const link = mark.querySelector("a[href^='#f']");
    flash(link ? document.getElementById(link.getAttribute("href").slice(1)) : null);
    return;
  }
  const where = ev.target.closest(".finding-head a[href^='#m']");
  if (where) {
    ev.preventDefault();
    showTab("review");
    const anchor = document.getElementById(where.getAttribute("href").slice(1));
    flash(anchor && anchor.nextElementSibling && anchor.nextElementSibling.matches("mark") ? anchor.nextElementSibling : anchor);
  }
}

function toBase64(buffer) {
  const bytes = new Uint8Array(buffer);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function readFile(file) {
  if (!file) return;
  const name = file.name || "draft.md";
  if (!/\.(md|markdown|txt|docx)$/i.test(name)) {
    status(t("unsupported"), true);
    return;
  }
  status(t("reading"));
  const reader = new FileReader();
  state.undo = [];
  $("#undo").disabled = true;
  $("#filename").value = name;
  if (/\.docx$/i.test(name)) {
    reader.onload = () => {
      state.docxName = name;
      state.paragraphNumbers = null;
      $("#draft").value = "";
      post({ content_base64: toBase64(reader.result), filename: name, options: options() });
    };
    reader.readAsArrayBuffer(file);
  } else {
    reader.onload = () => {
      state.docxName = null;
      state.paragraphNumbers = null;
      $("#draft").value = String(reader.result).replace(/^\uFEFF/, "");
      check();
    };
    reader.readAsText(file, "utf-8");
  }
}

async function copyText() {
  const text = $("#draft").value;
  try {
    await navigator.clipboard.writeText(text);
    status(t("copied"));
  } catch (e) {
    showTab("edit");
    $("#draft").select();
    status(document.execCommand && document.execCommand("copy") ? t("copied") : t("copyFailed"));
  }
}

function download() {
  const blob = new Blob([$("#draft").value], { type: "text/markdown;charset=utf-8" });
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = textFilename().split("/").pop();
  document.body.append(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
}

function init() {
  let ui = null;
  try { ui = localStorage.getItem("postlint-ui"); } catch (e) { /* private mode */ }
  setUi(ui || ((navigator.language || "en").toLowerCase().startsWith("fr") ? "fr" : "en"));
  document.addEventListener("click", onClick);
  document.querySelectorAll("[data-ui]").forEach((b) => b.addEventListener("click", () => setUi(b.dataset.ui)));
  $("#tab-edit").addEventListener("click", () => showTab("edit"));
  $("#tab-review").addEventListener("click", () => showTab("review"));
  $("#check").addEventListener("click", () => check());
  $("#copy").addEventListener("click", copyText);
  $("#download").addEventListener("click", download);
  $("#undo").addEventListener("click", () => {
    if (!state.undo.length) return;
    $("#draft").value = state.undo.pop();
    $("#undo").disabled = state.undo.length === 0;
    check();
  });
  $("#draft").addEventListener("input", () => {
    clearTimeout(state.timer);
    state.timer = setTimeout(check, 900);
  });
  document.querySelectorAll("#type, #lang, input[name=platform]").forEach((el) => el.addEventListener("change", () => {
    if ($("#draft").value.trim()) check();
  }));
  $("#file").addEventListener("change", (ev) => readFile(ev.target.files[0]));
  const zone = $("#dropzone");
  ["dragenter", "dragover"].forEach((type) => zone.addEventListener(type, (ev) => {
    ev.preventDefault();
    zone.classList.add("over");
  }));
  ["dragleave", "drop"].forEach((type) => zone.addEventListener(type, () => zone.classList.remove("over")));
  zone.addEventListener("drop", (ev) => {
    ev.preventDefault();
    readFile(ev.dataTransfer && ev.dataTransfer.files[0]);
  });
  // a file dropped beside the zone must not make the browser leave the page
  window.addEventListener("dragover", (ev) => ev.preventDefault());
  window.addEventListener("drop", (ev) => {
    ev.preventDefault();
    if (!zone.contains(ev.target)) readFile(ev.dataTransfer && ev.dataTransfer.files[0]);
  });
}

document.addEventListener("DOMContentLoaded", init);
