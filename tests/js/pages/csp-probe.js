// Loaded by a page served under a strict Content Security Policy: renders an
// article with both builds and reports the outcome in the page title.
import { createGalley } from '/bindings/js/src/browser.js';
import { createGalley as createSingleFileGalley } from '/bindings/js/src/single.js';

try {
  const split = (await createGalley()).render({ title: 't', body: '*csp*' }).html;
  const single = (await createSingleFileGalley()).render({ title: 't', body: '*csp*' }).html;
  document.title = split === single ? `ok ${split}` : 'builds differ';
} catch (error) {
  document.title = `failed ${error.message}`;
}
