// Calls `onInstance` with every WebAssembly instance this process creates from
// now on, whichever way it is created (WebAssembly.instantiate or
// new WebAssembly.Instance): tests use it to see which build of the module a
// Galley runs on and how its memory grows.
export function watchInstances(onInstance) {
  const originalInstantiate = WebAssembly.instantiate;
  WebAssembly.instantiate = async function instantiate(...args) {
    const result = await originalInstantiate.apply(this, args);
    onInstance(result instanceof WebAssembly.Instance ? result : result.instance);
    return result;
  };
  WebAssembly.Instance = new Proxy(WebAssembly.Instance, {
    construct(target, args) {
      const instance = new target(...args);
      onInstance(instance);
      return instance;
    },
  });
}
