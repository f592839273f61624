// The live demo: edit article JSON on the left, see the sanitized article,
// its summary and the sanitizer's diagnostics as you type.
import { createGalley } from '../bindings/js/src/browser.js';
import '../bindings/js/element/galley-article.js';

const $ = (id) => document.getElementById(id);
const editor = $('editor');
const preview = $('preview');
const RENDER_DELAY_MS = 150;

function setStatus(text, isError = false) {
  $('status').textContent = text;
  $('status').classList.toggle('error-text', isError);
}

function showDiagnostics(diagnostics) {
  $('diagnostic-count').textContent = `(${diagnostics.length})`;
  if (diagnostics.length === 0) {
    $('diagnostics').replaceChildren(Object.assign(document.createElement('li'), { className: 'muted', textContent: 'Nothing was repaired, ignored or removed.' }));
    return;
  }
  $('diagnostics').replaceChildren(...diagnostics.map((d) => {
    const item = document.createElement('li');
    const code = document.createElement('strong');
    code.textContent = d.code;
    item.append(code, ` ${d.message}`);
    if (d.path) item.append(' at ', Object.assign(document.createElement('code'), { textContent: d.path }));
    if (d.removed) {
      item.append(' removed: ', Object.assign(document.createElement('code'), { textContent: d.removed }));
    }
    return item;
  }));
}

let renderStarted = 0;
function render() {
  renderStarted = performance.now();
  preview.article = editor.value;
}

let timer;
editor.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(render, RENDER_DELAY_MS);
});

$('mode').addEventListener('change', () => {
  renderStarted = performance.now();
  preview.mode = $('mode').value;
});

preview.addEventListener('galley-render', ({ detail: { summary, diagnostics } }) => {
  $('summary').textContent = JSON.stringify(summary, null, 2);
  showDiagnostics(diagnostics);
  setStatus(`rendered in ${(performance.now() - renderStarted).toFixed(1)} ms · ${summary.word_count} words`);
});

preview.addEventListener('galley-error', ({ detail: { error } }) => {
  setStatus(`${error.code ?? 'error'}: ${error.message}`, true);
});

async function loadSample(name) {
  const response = await fetch(`/demo/articles/${encodeURIComponent(name)}`);
  editor.value = await response.text();
  render();
}

async function start() {
  const galley = await createGalley();
  $('version').textContent = `v${galley.version}`;
  const names = await (await fetch('/demo/articles/')).json();
  const select = $('sample');
  select.replaceChildren(...names.map((name) => new Option(name.replace(/\.json$/, ''), name)));
  const preferred = names.find((name) => name.startsWith('news')) ?? names[0];
  if (preferred) {
    select.value = preferred;
    await loadSample(preferred);
  }
  select.addEventListener('change', () => loadSample(select.value));
}

start().catch((error) => setStatus(`cannot start: ${error.message}`, true));
