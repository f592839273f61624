// Compiled with `tsc --noEmit --strict` by types.test.mjs: the hand-written
// index.d.ts must accept the documented uses and reject wrong ones.
import { createGalley, GalleyError, type Article, type Options, type RenderResult, type RenderTextResult, type Summary } from 'galley';

const article: Article = {
  title: 'Harbour bridge reopens',
  kicker: 'City',
  lang: 'en-GB',
  dir: 'ltr',
  published: '2026-11-27T07:30:00Z',
  tags: ['transport'],
  breadcrumbs: [{ label: 'Home', url: 'https://news.example.org/' }],
  authors: [{ name: 'Maren Holt', url: 'https://news.example.org/staff/maren-holt', bio: 'Reporter', avatar: 'a.jpg' }],
  image: { src: 'bridge.jpg', alt: 'The bridge', caption: 'At dawn', credit: 'Photo', width: 1600, height: 900 },
  publisher: { name: 'City Wire', url: 'https://news.example.org/', logo: 'logo.png' },
  body: { format: 'markdown', content: 'The bridge *reopened*.' },
};

const withBlocks: Article = {
  title: 'Blocks',
  blocks: [
    { type: 'paragraph', text: 'Lead.' },
    { type: 'heading', level: 3, text: 'Section' },
    { type: 'list', ordered: true, start: 3, items: ['a', 'b'] },
    { type: 'quote', text: 'Quoted', cite: 'Someone' },
    { type: 'image', src: 'x.jpg', alt: 'x' },
    { type: 'code', language: 'js', code: 'let x = 1;' },
    { type: 'table', header: ['a'], rows: [['1']], caption: 'T' },
    { type: 'embed', provider: 'youtube', id: 'dQw4w9WgXcQ', title: 'Video' },
    { type: 'html', html: '<p>x</p>' },
    { type: 'markdown', markdown: '*x*' },
    { type: 'divider' },
  ],
};

const options: Options = {
  mode: 'article',
  policy: {
    external_links_in_new_tab: true, remove_attributes: { img: ['title'] }, url_schemes: ['https'],
    embed_providers: ['vimeo'], add_elements: ['section'], add_attributes: { '*': ['id', 'data-*'], a: ['hreflang'] },
    allowed_classes: { span: ['hljs-*'] }, id_prefix: 'c-',
  },
  limits: { max_nesting: 100 },
  heading_id_prefix: 'h-',
  words_per_minute: 0,
  excerpt_length: 160,
};

async function main(): Promise<void> {
  const galley = await createGalley();
  await createGalley({ wasm: new URL('https://cdn.example.org/galley.wasm') });
  await createGalley({ wasm: new Uint8Array(8) });
  await createGalley({ start: 'fast' });
  await createGalley({ moveUp: true });
  // @ts-expect-error: moveUp is a boolean
  await createGalley({ moveUp: 'yes' });
  // @ts-expect-error: start is 'small' or 'fast'
  await createGalley({ start: 'medium' });
  const result: RenderResult = galley.render(article, options);
  const summary: Summary = result.summary;
  const words: number = summary.word_count;
  const firstHeading: string | undefined = summary.outline[0]?.id;
  const json: string = galley.renderJSON(withBlocks, '{"mode":"fragment"}', 2);
  const texts: RenderTextResult = galley.renderText(new TextEncoder().encode('{"title":"x"}'), options);
  const summaryJson: string = texts.summary;
  const html: string = galley.commonmarkReference('# x');
  const sanitizedJson: string = galley.sanitizeJSON('<p>x</p>', { policy: { lazy_images: false } }, 2);
  const version: string = galley.version;
  try {
    galley.render('{');
  } catch (error) {
    if (error instanceof GalleyError) {
      const where: string = `${error.code} ${error.path} ${error.line ?? ''}`;
      void where;
    }
  }
  void [words, firstHeading, json, summaryJson, html, sanitizedJson, version];

  // @ts-expect-error: an unknown mode
  galley.render(article, { mode: 'poster' });
  // @ts-expect-error: the title is required
  const untitled: Article = { body: 'x' };
  // @ts-expect-error: body and blocks together
  const both: Article = { title: 'x', body: 'x', blocks: [] };
  // @ts-expect-error: an unknown block type
  const badBlock: Article = { title: 'x', blocks: [{ type: 'video' }] };
  // @ts-expect-error: an unknown video provider
  galley.render(article, { policy: { embed_providers: ['dailymotion'] } });
  // @ts-expect-error: renderText's summary is JSON text, not an object
  const parsed: Summary = galley.renderText(article).summary;
  void [untitled, both, badBlock, parsed];
}

void main;
