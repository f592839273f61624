// The inputs of the speed benchmark: two corpora of articles generated from
// fixed seeds by benchmarks/js/corpus.mjs, one of news prose, and single
// generated articles of a given number of words or body size.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { generateArticles } from '../js/corpus.mjs';
import { rootDir } from '../js/paths.mjs';

// Articles of about 13.6 KB of Markdown with GFM tables, images and raw HTML.
const NEWS_SHAPE = { paragraphs: [16, 30], gfm: true };

export const CORPORA = {
  news: {
    label: '300 generated articles of about 13.6 KB of Markdown (GFM tables, images, raw HTML)',
    count: 300, seed: 9, ...NEWS_SHAPE,
  },
  short: {
    label: 'the JS benchmark corpus: 200 generated articles of about 5.6 KB',
    count: 200,
  },
  // The generated articles draw on a vocabulary of about a hundred words and
  // few names; news prose has thousands of distinct words and a name in
  // every sentence, which is what the text analysis spends its time on.
  prose: {
    label: 'news prose: the English texts of tests/data/entities (written for the entity evaluation), '
      + 'eight to an article under their headlines as subheadings, about 4.7 KB each',
    texts: 'tests/data/entities',
    perArticle: 8,
  },
};

// Articles made of the English texts of a folder, `perArticle` at a time in
// file name order; each text's first line is its headline.
function proseArticles({ texts, perArticle }) {
  const dir = join(rootDir, texts);
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt') && !/^(de|fr)_/.test(f)).sort();
  const sections = files.map((f) => {
    const [headline, ...paragraphs] = readFileSync(join(dir, f), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
    return { headline, text: paragraphs.join('\n\n') };
  });
  const articles = [];
  for (let i = 0; i + perArticle <= sections.length; i += perArticle) {
    const part = sections.slice(i, i + perArticle);
    articles.push({
      id: `prose-${articles.length}`,
      title: part[0].headline,
      lang: 'en',
      published: '2026-11-27T07:30:00Z',
      authors: [{ name: 'Idris Calloway' }],
      body: part.map((p) => `## ${p.headline}\n\n${p.text}`).join('\n\n'),
    });
  }
  return articles;
}

export function corpusArticles(name) {
  const { count, label, texts, ...options } = CORPORA[name];
  if (texts) return proseArticles(CORPORA[name]);
  return generateArticles(count, options);
}

const wordCount = (text) => text.split(/\s+/).filter(Boolean).length;

// One article whose body is the blocks of generated articles, taken in order
// until `size` of them adds up to `target`.
function longArticle(seed, size, target) {
  const blocks = [];
  let total = 0;
  for (let chunk = seed; total < target; ++chunk) {
    for (const article of generateArticles(64, { ...NEWS_SHAPE, seed: chunk })) {
      for (const block of article.body.split('\n\n')) {
        if (total >= target) break;
        blocks.push(block);
        total += size(block);
      }
    }
  }
  const [first] = generateArticles(1, { ...NEWS_SHAPE, seed });
  return { ...first, id: `long-${seed}`, body: blocks.join('\n\n') };
}

/** An article of about `words` whitespace-separated words (Markdown syntax included). */
export function articleOfWords(words) {
  const article = longArticle(21, wordCount, words);
  return { article, words: wordCount(article.body) };
}

/** An article whose body is about `bytes` bytes of UTF-8 Markdown. */
export function articleOfBodyBytes(bytes) {
  return longArticle(33, (block) => Buffer.byteLength(block) + 2, bytes);
}
