// A deterministic corpus of generated news-style articles for the benchmarks:
// Markdown bodies with headings, paragraphs, lists, links, emphasis, code,
// quotes and a little inline HTML (some of it hostile). With `gfm` the bodies
// also get GFM tables, images and raw HTML blocks; without it the corpus is
// the one the earlier results were measured on.
//   node benchmarks/js/corpus.mjs COUNT [--seed N] [--gfm] [--paragraphs LO-HI]
// prints the articles as NDJSON (one article JSON per line).

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
const HTML_BLOCKS = [
  '<div class="factbox">\n<p>Figures from the <em>annual report</em>.</p>\n</div>',
  '<figure><img src="https://img.example.org/chart.png" alt="chart"><figcaption>Chart</figcaption></figure>',
  '<iframe src="https://evil.example.org/frame"></iframe>',
  '<style>body { display: none }</style>',
  '<details><summary>Background</summary>\n<p onclick="steal()">More context.</p>\n</details>',
];

// Seeded PRNG (above) with the helpers the block generators share.
function generator(seed) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  return { rand, pick, int };
}

export function generateArticles(count, { seed = 1, paragraphs = [6, 14], gfm = false } = {}) {
  const { rand, pick, int } = generator(seed);
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
  const table = () => {
    const columns = int(2, 5);
    const row = (cell) => `| ${Array.from({ length: columns }, cell).join(' | ')} |`;
    const rows = [row(() => pick(WORDS)), row(() => pick(['---', ':---', '---:', ':---:']))];
    for (let r = int(2, 8); r > 0; --r) rows.push(row(() => (rand() < 0.5 ? `${int(1, 9999)}` : pick(WORDS))));
    return rows.join('\n');
  };
  const image = () => `![${pick(WORDS)} ${pick(WORDS)}](https://img.example.org/${pick(WORDS)}/${int(1, 999)}.jpg "${pick(NAMES)}")`;
  // A GFM block before the usual ones, drawn only with `gfm` so the plain
  // corpus keeps its random sequence.
  const gfmBlock = () => {
    const r = rand();
    if (r < 0.08) return table();
    if (r < 0.14) return image();
    if (r < 0.17) return pick(HTML_BLOCKS);
    return null;
  };
  const articles = [];
  for (let i = 0; i < count; ++i) {
    const blocks = [];
    const n = int(paragraphs[0], paragraphs[1]);
    for (let p = 0; p < n; ++p) {
      const extra = gfm ? gfmBlock() : null;
      if (extra !== null) blocks.push(extra);
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

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const value = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const [lo, hi] = value('--paragraphs', '6-14').split('-').map(Number);
  const articles = generateArticles(Number(args[0] ?? 10), { seed: Number(value('--seed', 1)), paragraphs: [lo, hi], gfm: args.includes('--gfm') });
  process.stdout.write(articles.map((a) => `${JSON.stringify(a)}\n`).join(''));
}
