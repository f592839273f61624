#!/usr/bin/env node
// Writes synthetic article JSON as NDJSON on standard output, the same for the
// same arguments, for the batch examples, tests and benchmarks:
//   node examples/generate-articles.mjs COUNT [--bad-every N] [--bytes LIMIT]
// COUNT articles (0: no limit), stopping before LIMIT bytes when given; with
// --bad-every N, every Nth line is broken (malformed JSON or a missing title).
const WORDS = ('harbour council bridge rain season market schools river budget railway festival ' +
  'library coast museum hospital farmers energy wind forecast election mayor port ferry tide ' +
  'harvest orchestra stadium housing tram station report survey climate research village').split(' ');
const PLACES = ['Port Ellery', 'Norrow', 'Kestlebury', 'the Western Isles', 'Lowmarsh', 'Halden'];
const PEOPLE = ['Mara Quinlan', 'Tomas Reyes', 'Ada Okafor', 'Lin Wei', 'Sofia Brandt', 'Elias Moreau'];
const SECTIONS = ['Local', 'Business', 'Culture', 'Science', 'Sport'];

function parseArguments(argv) {
  const settings = { count: Number(argv[0] ?? 100), badEvery: 0, bytes: Infinity };
  for (let i = 1; i < argv.length; i += 2) {
    if (argv[i] === '--bad-every') settings.badEvery = Number(argv[i + 1]);
    else if (argv[i] === '--bytes') settings.bytes = Number(argv[i + 1]);
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  if (!Number.isInteger(settings.count) || settings.count < 0) throw new Error('COUNT must be a whole number');
  return settings;
}

// A small deterministic generator (xorshift32), so that runs are repeatable.
function random(seed) {
  let state = seed >>> 0 || 1;
  return (n) => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state % n;
  };
}

function sentence(pick) {
  const length = 8 + pick(12);
  const words = Array.from({ length }, () => WORDS[pick(WORDS.length)]);
  if (pick(3) === 0) words.splice(pick(length), 0, `in ${PLACES[pick(PLACES.length)]}`);
  if (pick(4) === 0) words.splice(pick(length), 0, PEOPLE[pick(PEOPLE.length)]);
  const text = words.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

function paragraph(pick) {
  return Array.from({ length: 2 + pick(4) }, () => sentence(pick)).join(' ');
}

function article(n) {
  const pick = random(n * 2654435761);
  const title = sentence(pick).slice(0, -1);
  const day = String(1 + (n % 28)).padStart(2, '0');
  const result = {
    id: `article-${n}`,
    title,
    url: `https://news.example.org/${n}`,
    lang: 'en',
    section: SECTIONS[pick(SECTIONS.length)],
    authors: [{ name: PEOPLE[pick(PEOPLE.length)] }],
    published: `2026-0${1 + (n % 9)}-${day}T0${n % 10}:30:00Z`,
    tags: [WORDS[pick(WORDS.length)], WORDS[pick(WORDS.length)]].filter((tag, i, all) => all.indexOf(tag) === i),
  };
  const paragraphs = Array.from({ length: 3 + pick(6) }, () => paragraph(pick));
  if (pick(2) === 0) {
    result.body = paragraphs.map((text, i) => (i === 2 ? `## ${sentence(pick).slice(0, -1)}\n\n${text}` : text)).join('\n\n');
  } else {
    let html = paragraphs.map((text) => `<p>${text.replace(/ in ([A-Z][a-z]+)/, ' in <em>$1</em>')}</p>`).join('');
    if (pick(5) === 0) html += '<script>alert(1)</script><p onclick="x()">Read more.</p>';
    result.body = { format: 'html', content: html };
  }
  return result;
}

// Broken lines alternate between malformed JSON and an article without a title.
function brokenLine(n, k) {
  return k % 2 === 1 ? `{"id":"broken-${n}","title":"Cut short` : JSON.stringify({ id: `untitled-${n}`, body: 'No title.' });
}

const settings = parseArguments(process.argv.slice(2));
let written = 0;
let chunk = '';
for (let n = 1; settings.count === 0 || n <= settings.count; ++n) {
  const line = `${settings.badEvery > 0 && n % settings.badEvery === 0 ? brokenLine(n, n / settings.badEvery) : JSON.stringify(article(n))}\n`;
  written += Buffer.byteLength(line);
  if (written > settings.bytes) break;
  chunk += line;
  if (chunk.length > 1 << 20) {
    if (!process.stdout.write(chunk)) await new Promise((resolve) => process.stdout.once('drain', resolve));
    chunk = '';
  }
}
process.stdout.write(chunk);
