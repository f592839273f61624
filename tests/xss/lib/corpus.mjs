// Loads the hostile payloads: this suite's own corpus (tests/xss/corpus/*.json)
// and, when present, the shared DOMPurify payload collection.

import fs from 'node:fs';
import path from 'node:path';

// One payload: `bytes` is what goes into the article JSON string. For a
// normal payload it is JSON-escaped text; a raw payload is written unescaped,
// byte for byte, so that invalid UTF-8 and control bytes reach Galley as they are.
function makePayload(source, cls, title, text, { raw = false, allowErrors = [] } = {}) {
  return { source, class: cls, title, text, raw, allowErrors };
}

function expandParts(parts) {
  return parts.map((part) => (typeof part === 'string' ? part : part.repeat.repeat(part.count))).join('');
}

export function loadOwnCorpus(dir) {
  const payloads = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const corpus = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    const name = path.basename(file, '.json');
    corpus.payloads.forEach((entry, i) => {
      const text = entry.parts ? expandParts(entry.parts) : entry.payload;
      const flags = { raw: entry.raw === true, allowErrors: entry.allow_errors ?? [] };
      if (flags.raw && /[^\x00-\xff]/.test(text)) throw new Error(`${file} #${i}: a raw payload holds bytes (U+0000-U+00FF) only`);
      payloads.push(makePayload(`${name}#${i}`, corpus.class, entry.title, text, flags));
    });
    // Context templates: every payload marked in_contexts, placed in each HTML context.
    for (const [c, template] of (corpus.contexts ?? []).entries()) {
      corpus.payloads.forEach((entry, i) => {
        if (!entry.in_contexts) return;
        const text = template.split('{url}').join(entry.payload);
        payloads.push(makePayload(`${name}#${i}@${c}`, corpus.class, `${entry.title} in ${template}`, text));
      });
    }
  }
  return payloads;
}

// ../shared/corpora/dompurify-payloads.json: [{payload, title, source}]; null when absent.
export function loadSharedCorpus(file) {
  if (!fs.existsSync(file)) return null;
  const items = JSON.parse(fs.readFileSync(file, 'utf8'));
  return items.map((item, i) => makePayload(`dompurify#${i}`, 'dompurify', item.title ?? '', item.payload));
}
