// The inputs of the speed benchmark, all generated from fixed seeds by
// benchmarks/js/corpus.mjs: two corpora of ordinary articles, and single
// articles of a given number of words or body size.
import { generateArticles } from '../js/corpus.mjs';

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
};

export function corpusArticles(name) {
  const { count, label, ...options } = CORPORA[name];
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
