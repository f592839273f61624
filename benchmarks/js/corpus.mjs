// A deterministic corpus of generated news-style articles for the throughput
// benchmark: Markdown bodies with headings, paragraphs, lists, links,
// emphasis, code, quotes and a little inline HTML (some of it hostile).

// Small seeded PRNG (mulberry32) so every run renders the same corpus.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ('the council harbour bridge engineers repair steel deck commuters traffic morning city report ' +
  'budget million weather storm river flood minister election vote market shares energy price school ' +
  'teachers hospital doctors research study climate coast rail station airport festival music museum ' +
  'government policy housing rents water supply police court judge trial season team match goal coach').split(' ');
const NAMES = ['Maren Holt', 'Idris Calloway', 'Port Ellery', 'Anna Lindqvist', 'Kenji Sato', 'Lagos', 'Quebec'];
const HTML_SNIPPETS = [
  '<span class="note">note</span>',
  '<abbr title="Central Business District">CBD</abbr>',
  '<img src="https://img.example.org/a.jpg" alt="photo" onerror="alert(1)">',
  '<script>alert(1)</script>',
  '<a href="javascript:alert(1)">link</a>',
  '<kbd>Ctrl</kbd>+<kbd>C</kbd>',
];

export function generateArticles(count, { seed = 1, paragraphs = [6, 14] } = {}) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const sentence = () => {
    const words = Array.from({ length: int(8, 22) }, () => pick(WORDS));
    words[0] = words[0][0].toUpperCase() + words[0].slice(1);
    if (rand() < 0.3) words[int(1, words.length - 1)] = `*${pick(WORDS)}*`;
    if (rand() < 0.2) words[int(1, words.length - 1)] = `**${pick(NAMES)}**`;
    if (rand() < 0.25) words[int(1, words.length - 1)] = `[${pick(WORDS)}](https://news.example.org/${pick(WORDS)}/${int(1, 999)})`;
    if (rand() < 0.08) words[int(1, words.length - 1)] = pick(HTML_SNIPPETS);
    if (rand() < 0.1) words[int(1, words.length - 1)] = `\`${pick(WORDS)}()\``;
    return `${words.join(' ')}.`;
  };
  const paragraph = () => Array.from({ length: int(2, 6) }, sentence).join(' ');
  const articles = [];
  for (let i = 0; i < count; ++i) {
    const blocks = [];
    const n = int(paragraphs[0], paragraphs[1]);
    for (let p = 0; p < n; ++p) {
      const r = rand();
      if (p > 0 && r < 0.15) blocks.push(`## ${sentence().slice(0, -1)}`);
      else if (r < 0.22) blocks.push(Array.from({ length: int(2, 5) }, () => `- ${sentence()}`).join('\n'));
      else if (r < 0.26) blocks.push(`> ${paragraph()}`);
      else if (r < 0.29) blocks.push(`\`\`\`js\nconst ${pick(WORDS)} = ${int(1, 100)};\nconsole.log(${pick(WORDS)});\n\`\`\``);
      blocks.push(paragraph());
    }
    articles.push({
      id: `article-${i}`,
      title: sentence().slice(0, -1),
      lang: 'en',
      published: '2026-11-27T07:30:00Z',
      authors: [{ name: pick(NAMES) }],
      tags: [pick(WORDS), pick(WORDS)],
      body: blocks.join('\n\n'),
    });
  }
  return articles;
}
