// The slice of the WebAssembly JS API the model compiler uses, typed locally so @dpm/core needs
// neither the DOM lib nor Node's globals, and reads `WebAssembly` lazily (never at import time).

/** @internal */
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}

/** @internal */
export interface WasmApi {
  readonly Module: new (bytes: Uint8Array) => object;
  readonly Instance: new (module: object, imports: object) => { readonly exports: Record<string, unknown> };
  readonly Memory: new (descriptor: { initial: number }) => WasmMemory;
}

/** The host's WebAssembly, if it has one. @internal */
export function wasmApi(): WasmApi | undefined {
  const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  return typeof api === "object" && api !== null ? api : undefined;
}
