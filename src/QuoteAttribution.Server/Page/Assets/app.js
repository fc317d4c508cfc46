// kutip's page. Every piece of article or store text reaches the page through textContent or createTextNode, never as
// HTML, so nothing in an article can inject markup or script (the Content-Security-Policy forbids inline script too).
"use strict";

const MAX_ARTICLES_SHOWN = 50;
const PALETTE = ["#ffd166", "#8fd3ff", "#b8e986", "#ffb3c7", "#d7b8ff", "#ffcc99", "#9ff0e0", "#f5e66b", "#c2d1ff", "#ffb0a0", "#c9f29b", "#e8c1f0"];

const state = { body: null, contentType: null, query: "", records: [] };
const $ = (id) => document.getElementById(id);

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("data-")) node.setAttribute(key, value);
    else node[key] = value;
  }
  for (const child of children) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

function setStatus(id, message, isError) {
  const status = $(id);
  status.textContent = message;
  status.classList.toggle("error", Boolean(isError));
}

// The message of a problem details response (RFC 9457), with the first few bad items.
async function problemMessage(response) {
  try {
    const problem = await response.json();
    let message = problem.detail || problem.title || response.statusText;
    if (Array.isArray(problem.errors) && problem.errors.length > 1) {
      message += " — " + problem.errors.slice(0, 3).join("; ") + (problem.errors.length > 3 ? "; …" : "");
    }
    return message;
  } catch {
    return `${response.status} ${response.statusText}`;
  }
}

async function call(url, options) {
  const response = await fetch(url, options);
  if (!response.ok) throw new Error(await problemMessage(response));
  return response;
}

// JSON (an object, an array) or JSON Lines when the text is that; anything else is one article of plain text.
function looksLikeJson(text) {
  const trimmed = text.trim();
  if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) return false;
  try { JSON.parse(trimmed); return true; } catch { /* maybe JSON Lines */ }
  return trimmed.split("\n").filter((line) => line.trim() !== "").every((line) => {
    try { return typeof JSON.parse(line) === "object"; } catch { return false; }
  });
}

function takeInput(text, name) {
  if (looksLikeJson(text)) {
    state.body = text;
    state.contentType = "application/json";
    state.query = "";
  } else {
    state.body = text;
    state.contentType = "text/plain; charset=utf-8";
    state.query = "?id=" + encodeURIComponent(name || pastedId(text));
  }
}

// A pasted article's id: its first words and a hash of the whole text, so that different articles stay apart in the store.
function pastedId(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  const words = text.toLowerCase().normalize("NFKD").replace(/[^a-z0-9\s]/g, " ").trim().split(/\s+/).slice(0, 5).join("-");
  return (words || "artikel") + "-" + hash.toString(16).padStart(8, "0").slice(0, 6);
}

async function analyse() {
  const text = $("article-text").value;
  if (text.trim() === "") {
    setStatus("analyse-status", "Paste an article first, or drop a file.", true);
    return;
  }
  takeInput(text, $("article-text").dataset.name);
  setStatus("analyse-status", "Analysing…");
  $("analyse").disabled = true;
  try {
    const response = await call("/api/analyse" + state.query, { method: "POST", headers: { "Content-Type": state.contentType }, body: state.body });
    state.records = await response.json();
    render(state.records);
    const quotes = state.records.reduce((sum, r) => sum + r.quotes.length, 0);
    setStatus("analyse-status", `${state.records.length} article${state.records.length === 1 ? "" : "s"}, ${quotes} quote${quotes === 1 ? "" : "s"}.`);
    $("index").disabled = false;
    $("download-graph").disabled = false;
  } catch (error) {
    setStatus("analyse-status", error.message, true);
  } finally {
    $("analyse").disabled = false;
  }
}

function speakerKey(quote) {
  return quote.speaker ? quote.speaker + "\u0000" + (quote.speaker_type || "") : null;
}

function colourOf(index) {
  return index < PALETTE.length ? PALETTE[index] : `hsl(${(index * 137.5) % 360}, 80%, 80%)`;
}

// Speakers across all records, in order of first quote: name, type, roles, aliases, quote count and colour.
function collectSpeakers(records) {
  const speakers = new Map();
  for (const record of records) {
    for (const quote of record.quotes) {
      const key = speakerKey(quote);
      if (key === null) continue;
      if (!speakers.has(key)) {
        speakers.set(key, { name: quote.speaker, type: quote.speaker_type, roles: new Set(), aliases: new Set(), count: 0, colour: colourOf(speakers.size) });
      }
      const speaker = speakers.get(key);
      speaker.count++;
      (quote.roles || []).forEach((role) => speaker.roles.add(role));
      (quote.aliases || []).forEach((alias) => { if (alias !== quote.speaker) speaker.aliases.add(alias); });
    }
  }
  return speakers;
}

function render(records) {
  const result = $("result");
  result.replaceChildren();
  const speakers = collectSpeakers(records);
  records.slice(0, MAX_ARTICLES_SHOWN).forEach((record, index) => result.append(renderArticle(record, index, speakers)));
  if (records.length > MAX_ARTICLES_SHOWN) {
    result.append(el("p", { class: "status", text: `The first ${MAX_ARTICLES_SHOWN} of ${records.length} articles are shown; all of them go to the store and the graph.` }));
  }
  result.append(renderSpeakers(speakers));
}

function renderSpeakers(speakers) {
  const list = el("ul", { class: "speaker-list", id: "speakers" });
  for (const speaker of speakers.values()) {
    const details = [speaker.type, speaker.roles.size ? [...speaker.roles].join("; ") : null, speaker.aliases.size ? "also " + [...speaker.aliases].join(", ") : null].filter(Boolean).join(" · ");
    const swatch = el("span", { class: "swatch" });
    swatch.style.backgroundColor = speaker.colour;
    list.append(el("li", { "data-speaker": speaker.name },
      swatch,
      el("span", {},
        el("span", { class: "speaker-name", text: speaker.name }),
        el("span", { class: "meta", text: ` · ${speaker.count} quote${speaker.count === 1 ? "" : "s"}` }),
        el("br"),
        el("span", { class: "meta", text: details }))));
  }
  if (speakers.size === 0) list.append(el("li", { class: "meta", text: "No speaker found." }));
  return el("aside", { class: "speakers" }, el("h3", { text: "Speakers" }), list);
}

function renderArticle(record, articleIndex, speakers) {
  const text = typeof record.text === "string" ? record.text : "";
  const body = el("div", { class: "article-text" });
  const list = el("ol", { class: "quote-list" });
  const quotes = record.quotes.map((quote, i) => ({ quote, i })).sort((a, b) => a.quote.content_start - b.quote.content_start);
  let position = 0;
  for (const { quote, i } of quotes) {
    const start = Math.max(quote.content_start, position);
    const end = Math.min(quote.content_end, text.length);
    if (!(start < end)) continue;
    body.append(document.createTextNode(text.slice(position, start)));
    const speaker = speakers.get(speakerKey(quote));
    const id = `q-${articleIndex}-${i}`;
    const mark = el("mark", { class: "quote" + (speaker ? "" : " unattributed"), id, tabIndex: 0, title: `${quote.speaker || "speaker unknown"} · ${quote.type}`, "data-speaker": quote.speaker || "" });
    if (speaker) mark.style.backgroundColor = speaker.colour;
    mark.textContent = text.slice(start, end);
    mark.addEventListener("click", () => select(id));
    body.append(mark);
    position = end;
  }
  body.append(document.createTextNode(text.slice(position)));

  record.quotes.forEach((quote, i) => list.append(renderQuote(quote, `q-${articleIndex}-${i}`, speakers.get(speakerKey(quote)))));
  if (record.quotes.length === 0) list.append(el("li", { class: "meta", text: "No quote found." }));

  const where = [record.outlet, record.date].filter((v) => typeof v === "string").join(" · ");
  return el("section", { class: "article", "data-id": String(record.id) },
    el("h2", { text: typeof record.title === "string" ? record.title : String(record.id) }),
    where ? el("p", { class: "meta", text: where }) : null,
    body,
    el("div", { class: "quotes" }, el("h3", { text: "Quotes" }), list));
}

function renderQuote(quote, id, speaker) {
  const swatch = el("span", { class: "swatch" });
  if (speaker) swatch.style.backgroundColor = speaker.colour;
  const cue = quote.cue ? ` · cue “${quote.cue}”` : "";
  const source = quote.source && quote.source !== quote.speaker ? ` · named as “${quote.source}”` : "";
  const confidence = typeof quote.confidence === "number" ? quote.confidence.toFixed(2) : "?";
  const provenance = quote.provenance || {};
  const item = el("li", { "data-for": id, "data-speaker": quote.speaker || "" },
    swatch,
    el("div", { class: "quote-body" },
      el("span", { class: "speaker-name", text: quote.speaker || "(speaker unknown)" }),
      el("p", { class: "quote-content", text: `“${quote.content}”` }),
      el("p", { class: "meta", text: `${quote.type}${cue}${source} · confidence ${confidence}` }),
      el("p", { class: "meta provenance", text: `why: ${provenance.rule || "?"}${provenance.detail ? " — " + provenance.detail : ""}` })));
  item.addEventListener("click", () => select(id));
  return item;
}

function select(id) {
  document.querySelectorAll(".selected").forEach((node) => node.classList.remove("selected"));
  const mark = document.getElementById(id);
  const item = document.querySelector(`li[data-for="${id}"]`);
  if (mark) mark.classList.add("selected");
  if (item) { item.classList.add("selected"); item.scrollIntoView({ block: "nearest" }); }
}

async function indexArticles() {
  if (state.body === null) return;
  setStatus("analyse-status", "Adding to the store…");
  try {
    const response = await call("/api/index" + state.query, { method: "POST", headers: { "Content-Type": state.contentType }, body: state.body });
    const outcome = await response.json();
    setStatus("analyse-status", `Stored: ${outcome.added} added, ${outcome.replaced} replaced, ${outcome.unchanged} unchanged. The store holds ${outcome.store.claims} claims by ${outcome.store.speakers} speakers from ${outcome.store.articles} articles.`);
  } catch (error) {
    setStatus("analyse-status", error.message, true);
  }
}

async function downloadGraph() {
  if (state.body === null) return;
  const format = $("graph-format").value;
  const separator = state.query ? "&" : "?";
  try {
    const response = await call(`/api/graph${state.query}${separator}format=${encodeURIComponent(format)}`, { method: "POST", headers: { "Content-Type": state.contentType }, body: state.body });
    const blob = await response.blob();
    const names = { "graph-json": "claims.json", jsonld: "claims.jsonld", graphml: "claims.graphml", dot: "claims.dot" };
    const link = el("a", { href: URL.createObjectURL(blob), download: names[format] || "claims" });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  } catch (error) {
    setStatus("analyse-status", error.message, true);
  }
}

// The snippet's matching words come in [brackets]: shown bold, as text nodes.
function snippet(text) {
  const node = el("span", { class: "quote-content" });
  text.split(/(\[[^\]]*\])/).forEach((part) => {
    if (part.startsWith("[") && part.endsWith("]")) node.append(el("strong", { text: part.slice(1, -1) }));
    else node.append(document.createTextNode(part));
  });
  return node;
}

function speakerLink(name) {
  if (!name) return el("span", { class: "speaker-name", text: "(speaker unknown)" });
  const button = el("button", { type: "button", class: "link speaker-link", text: name });
  button.addEventListener("click", () => showSpeaker(name));
  return button;
}

function articleLink(claim) {
  const label = claim.title || claim.article;
  if (typeof claim.url === "string" && /^https?:\/\//i.test(claim.url)) {
    return el("a", { href: claim.url, target: "_blank", rel: "noopener noreferrer", class: "article-link", text: label });
  }
  return el("span", { class: "article-link", text: label });
}

async function search(event) {
  event.preventDefault();
  const mode = $("search-mode").value;
  const text = $("search-text").value.trim();
  if (text === "") {
    setStatus("search-status", "Type something to search for.", true);
    return;
  }
  if (mode === "speaker") {
    await showSpeaker(text);
    return;
  }
  $("speaker-page").replaceChildren();
  setStatus("search-status", "Searching…");
  try {
    const url = mode === "who-said" ? "/api/who-said?sentence=" + encodeURIComponent(text) : "/api/query?text=" + encodeURIComponent(text);
    const hits = await (await call(url)).json();
    const list = $("results");
    list.replaceChildren(...hits.map((hit) => el("li", { class: "hit" },
      speakerLink(hit.speaker),
      el("br"),
      snippet(`“${hit.snippet}”`),
      el("br"),
      el("span", { class: "meta", text: [hit.date, hit.outlet, hit.title || hit.article].filter(Boolean).join(" · ") + ` · score ${hit.score}` }))));
    setStatus("search-status", hits.length === 0 ? "No claim matches." : `${hits.length} claim${hits.length === 1 ? "" : "s"}.`);
  } catch (error) {
    $("results").replaceChildren();
    setStatus("search-status", error.message, true);
  }
}

async function showSpeaker(name) {
  showTab("search");
  setStatus("search-status", "Looking up the speaker…");
  const page = $("speaker-page");
  try {
    const speakers = await (await call("/api/speakers?name=" + encodeURIComponent(name))).json();
    $("results").replaceChildren();
    page.replaceChildren(...speakers.map((speaker) => el("article", { class: "speaker" },
      el("h2", { text: `${speaker.name}${speaker.type ? " (" + speaker.type + ")" : ""}` }),
      el("p", { class: "meta", text: [`${speaker.claims.length} quote${speaker.claims.length === 1 ? "" : "s"}, oldest first`, speaker.roles.length ? "roles: " + speaker.roles.join("; ") : null, speaker.aliases.length ? "also: " + speaker.aliases.join(", ") : null].filter(Boolean).join(" · ") }),
      el("ul", { class: "claims" }, ...speaker.claims.map((claim) => el("li", { class: "claim" },
        el("span", { class: "meta", text: [claim.date || "undated", claim.outlet].filter(Boolean).join(" · ") + " · " }),
        articleLink(claim),
        el("p", { class: "quote-content", text: `“${claim.claim}”` }),
        el("span", { class: "meta", text: `${claim.type}${claim.cue ? ", " + claim.cue : ""}${claim.said_as && claim.said_as !== speaker.name ? " · as " + claim.said_as : ""}` })))))));
    setStatus("search-status", "");
  } catch (error) {
    page.replaceChildren();
    setStatus("search-status", error.message, true);
  }
}

function showTab(name) {
  for (const tab of ["analyse", "search"]) {
    $(`tab-${tab}`).setAttribute("aria-selected", String(tab === name));
    $(`${tab}-panel`).hidden = tab !== name;
  }
}

async function readFile(file) {
  const text = await file.text();
  const area = $("article-text");
  area.value = text;
  area.dataset.name = file.name.replace(/\.[^.]*$/, "");
  await analyse();
}

document.addEventListener("DOMContentLoaded", () => {
  $("tab-analyse").addEventListener("click", () => showTab("analyse"));
  $("tab-search").addEventListener("click", () => showTab("search"));
  $("analyse").addEventListener("click", analyse);
  $("index").addEventListener("click", indexArticles);
  $("download-graph").addEventListener("click", downloadGraph);
  $("search-form").addEventListener("submit", search);
  $("article-file").addEventListener("change", (event) => { if (event.target.files.length) readFile(event.target.files[0]); });
  const area = $("article-text");
  area.addEventListener("input", () => { delete area.dataset.name; });
  area.addEventListener("dragover", (event) => { event.preventDefault(); area.classList.add("dropping"); });
  area.addEventListener("dragleave", () => area.classList.remove("dropping"));
  area.addEventListener("drop", (event) => {
    event.preventDefault();
    area.classList.remove("dropping");
    if (event.dataTransfer.files.length) readFile(event.dataTransfer.files[0]);
  });
});
