// Puts one payload into every string position of the article JSON. Each
// payload yields a few article variants, because the body is either a
// Markdown string, an HTML or text body, or typed blocks.

const MARK = 'PAYLOAD\u2063MARK';  // placeholder, replaced by the payload's bytes

function articleVariants(p, blank = false) {
  const author = { name: p, url: p, bio: p, avatar: p };
  const image = { src: p, alt: p, caption: p, credit: p, width: 640, height: 360 };
  const metadata = {
    title: blank ? 'blank payload' : p, subtitle: p, kicker: p, section: p, lang: p, dir: p, url: p,
    published: p, updated: p, tags: [p, 'plain'],
    breadcrumbs: [{ label: p, url: p }, { label: 'Home', url: '/' }],
    authors: [author, { name: 'Second ' + p, url: 'https://ok.example/a' }],
    image,
    publisher: { name: p, url: p, logo: p },
  };
  return {
    // Markdown body and every metadata field.
    markdown: { ...metadata, body: p },
    // The payload inside running text, and as every kind of Markdown URL.
    inline: {
      title: 'inline ' + p,
      subtitle: 'a ' + p + ' b',
      authors: [{ name: 'x ' + p, bio: p + ' y', url: 'https://ok.example/' + p, avatar: '/img/' + p }],
      body: `text ${p} text\n\n[link](${p}) [angle](<${p}>) ![image](${p}) <${p}>\n\n[ref] [img-ref]\n\n[ref]: ${p}\n[img-ref]: ${p} "t"\n\n## ${p}\n\n> ${p}\n\n- ${p}\n`,
    },
    html: { title: 'html', body: { format: 'html', content: p } },
    text: { title: 'text', kicker: p, body: { format: 'text', content: p } },
    blocks: {
      title: 'blocks',
      blocks: [
        { type: 'html', html: p },
        { type: 'markdown', markdown: p },
        { type: 'paragraph', text: p },
        { type: 'heading', level: 2, text: p },
        { type: 'heading', level: 1, text: p },
        { type: 'list', items: [p, p], ordered: true, start: 3 },
        { type: 'quote', text: p, cite: p },
        { type: 'image', src: p, alt: p, caption: p, credit: p },
        { type: 'code', code: p, language: p },
        { type: 'table', header: [p, 'h'], rows: [[p, 'c'], ['d', p]], caption: p },
        { type: 'embed', provider: 'youtube', id: 'dQw4w9WgXcQ', title: p, caption: p },
        { type: 'embed', provider: 'vimeo', id: p, title: p },
        { type: 'embed', provider: p, id: p },
        { type: p },
        { type: 'divider' },
      ],
    },
  };
}

// A huge payload (deep nesting, long values) is about the body's structure:
// it goes into the body positions only, to keep the run fast.
const LARGE = 20000;

function largeVariants(p) {
  return {
    markdown: { title: 'large', body: p },
    html: { title: 'large', body: { format: 'html', content: p } },
    blocks: { title: 'large', blocks: [{ type: 'html', html: p }, { type: 'markdown', markdown: p }, { type: 'paragraph', text: p }] },
  };
}

function jsonEscaped(text) {
  return Buffer.from(JSON.stringify(text).slice(1, -1), 'utf8');
}

// Raw payloads: bytes unescaped except the ones that would end the JSON
// string or the NDJSON line.
function rawEscaped(text) {
  const bytes = [];
  for (const ch of text) {
    const b = ch.charCodeAt(0);
    if (ch === '"' || ch === '\\') bytes.push(0x5c, b);
    else if (b === 0x0a) bytes.push(0x5c, 0x6e);
    else if (b === 0x0d) bytes.push(0x5c, 0x72);
    else bytes.push(b);
  }
  return Buffer.from(bytes);
}

// The article JSON lines for `payload`: [{variant, line}], line a Buffer.
export function articleLines(payload) {
  const inserted = payload.raw ? rawEscaped(payload.text) : jsonEscaped(payload.text);
  const blank = payload.text.trim() === '';  // a blank title is an invalid article
  const variants = payload.text.length > LARGE ? largeVariants(MARK) : articleVariants(MARK, blank);
  return Object.entries(variants).map(([variant, article]) => {
    const pieces = JSON.stringify(article).split(MARK);
    const parts = [];
    pieces.forEach((piece, i) => {
      if (i > 0) parts.push(inserted);
      parts.push(Buffer.from(piece, 'utf8'));
    });
    return { variant, line: Buffer.concat(parts) };
  });
}
