// Renders articles off the main thread: post {id, article, options}, receive
// {id, result} or {id, error}.
import { createGalley } from '../bindings/js/src/browser.js';

const galleyReady = createGalley();

self.addEventListener('message', async ({ data: { id, article, options } }) => {
  try {
    const galley = await galleyReady;
    self.postMessage({ id, result: galley.render(article, options) });
  } catch (error) {
    const { name, code, message, path, line, column, offset } = error;
    self.postMessage({ id, error: { name, code, message, path, line, column, offset } });
  }
});
