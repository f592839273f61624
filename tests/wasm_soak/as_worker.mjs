// Loaded with `node --import` before soak.mjs for the -sASSERTIONS build only.
// The module is built for the web and workers; with runtime assertions its glue
// refuses to start once it sees Node. Presented as a worker instead (the package
// hands it the compiled code itself, so nothing worker-specific is used), it
// runs with every assertion active. soak.mjs imports `process` explicitly.
globalThis.importScripts = () => {};
globalThis.self = { location: { href: import.meta.url } };
delete globalThis.process;
