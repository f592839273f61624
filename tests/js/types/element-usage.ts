// Compiled with tsc --strict by types.test.mjs: galley-article.d.ts types the
// element, its properties and its events.
import { GalleyArticleElement } from 'galley/element';

const element = document.querySelector('galley-article');
if (element) {
  const typed: GalleyArticleElement = element;
  typed.article = { title: 'Typed', body: 'Text' };
  typed.options = { mode: 'article', policy: { external_links_in_new_tab: true } };
  typed.mode = 'fragment';
  typed.addEventListener('galley-render', (event) => {
    const words: number = event.detail.summary.word_count;
    console.log(words, event.detail.diagnostics.length, typed.result?.html.length);
  });
  typed.addEventListener('galley-error', (event) => console.log(event.detail.error.message));
  // @ts-expect-error modes are fragment, article or document
  typed.mode = 'page';
  // @ts-expect-error the last result cannot be assigned
  typed.result = null;
}
