#!/usr/bin/env node
// Renders every *.json article in a folder into a complete page (document mode,
// galley.css inlined) and writes an index.html that lists them.
//   node render-folder.mjs IN_DIR OUT_DIR
// A bad article does not stop the others: it is reported with its error code
// and JSON pointer, and the exit status is 1.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { createGalley } from 'galley';

const [inDir, outDir] = process.argv.slice(2);
if (!inDir || !outDir) {
  console.error('usage: node render-folder.mjs IN_DIR OUT_DIR');
  process.exit(2);
}

const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

const galley = await createGalley();
await mkdir(outDir, { recursive: true });
const names = (await readdir(inDir)).filter((name) => name.endsWith('.json')).sort();
const pages = [];
let failures = 0;
for (const name of names) {
  const page = name.replace(/\.json$/, '.html');
  try {
    const { html, summary, diagnostics } = galley.render(await readFile(join(inDir, name)), { mode: 'document' });
    await writeFile(join(outDir, page), html);
    pages.push({ page, summary });
    console.log(`${name} -> ${page}: ${summary.word_count} words, ${diagnostics.length} diagnostics`);
  } catch (error) {
    failures += 1;
    console.error(`${name}: ${error.code ?? error.name} ${error.message}${error.path ? ` at ${error.path}` : ''}`);
  }
}

const items = pages.map(({ page, summary }) => `<li><a href="${escapeHtml(page)}">${escapeHtml(summary.title)}</a>`
  + ` <small>${summary.reading_time.minutes || 1} min read</small><br>${escapeHtml(summary.excerpt)}</li>`).join('\n');
await writeFile(join(outDir, 'index.html'), `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Articles</title></head>
<body>
<h1>Articles</h1>
<ul>
${items}
</ul>
</body>
</html>
`);
console.log(`${pages.length} pages and index.html in ${outDir}${failures ? `; ${failures} failed` : ''}`);
process.exit(failures ? 1 : 0);
