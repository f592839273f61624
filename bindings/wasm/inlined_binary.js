// Linked into the single-file build only (--pre-js): hands the inlined
// WebAssembly code to the JS wrapper, which compiles it once and can then
// re-instantiate it synchronously.
Module['inlinedWasmBinary'] = function() { return tryParseAsDataURI(wasmBinaryFile); };
