// Runs in every frame before any of its own scripts. Replaces every API a
// payload could use to show that it ran, or to reach the network, with a trap
// that reports to the harness. The traps are not writable, so a payload
// cannot put the originals back. The originals the harness itself needs are
// kept in __xssHarness.
(() => {
  const report = (kind, detail) => {
    try {
      // window.name tells the harness which document this frame holds.
      window.__xssReport(kind, String(detail === undefined ? '' : detail).slice(0, 300), window.name);
    } catch (e) {
      // The binding is missing only in frames with an opaque origin, which the request log covers.
    }
  };
  const define = (target, name, value) => {
    try {
      Object.defineProperty(target, name, { value, writable: false, configurable: false });
    } catch (e) {
      report('hook-failed', name);
    }
  };
  const trap = (target, name, kind) => define(target, name, function trapped(first) {
    report(kind, first);
  });

  define(window, '__xssHarness', Object.freeze({
    setTimeout: window.setTimeout.bind(window),
    requestAnimationFrame: window.requestAnimationFrame.bind(window),
    write: Document.prototype.write,
  }));

  for (const name of ['alert', 'confirm', 'prompt', 'print', 'open', 'xss']) trap(window, name, name);
  // The browser automation evaluates the harness's own code through
  // window.eval, from its UtilityScript; every other caller is a payload.
  const realEval = window.eval;
  define(window, 'eval', function evalTrap(code) {
    const caller = (new Error().stack || '').split('\n')[2] || '';
    if (/^\s*at UtilityScript\./.test(caller)) return realEval(code);
    report('eval', code);
    return undefined;
  });
  define(window, 'Function', new Proxy(Function, {
    apply(target, self, args) { report('Function', args.join(',')); return () => {}; },
    construct(target, args) { report('Function', args.join(',')); return () => {}; },
  }));
  for (const name of ['setTimeout', 'setInterval']) {
    const original = window[name].bind(window);
    define(window, name, function timer(handler, ...rest) {
      if (typeof handler !== 'function') {
        report(name + '(string)', handler);
        return 0;
      }
      return original(handler, ...rest);
    });
  }
  define(window, 'fetch', function fetch(input) {
    report('fetch', input);
    return Promise.reject(new TypeError('blocked'));
  });
  trap(XMLHttpRequest.prototype, 'open', 'XMLHttpRequest');
  trap(XMLHttpRequest.prototype, 'send', 'XMLHttpRequest');
  trap(Navigator.prototype, 'sendBeacon', 'sendBeacon');
  trap(Document.prototype, 'write', 'document.write');
  trap(Document.prototype, 'writeln', 'document.write');
  for (const name of ['WebSocket', 'EventSource', 'Worker', 'SharedWorker']) {
    define(window, name, function constructor(url) { report(name, url); });
  }
  Object.defineProperty(window, 'xssCanary', {
    get() { return undefined; },
    set(value) { report('canary', value); },
    configurable: false,
  });
})();
