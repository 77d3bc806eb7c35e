// Read traps for the formula fuzz tests: did parsing or evaluating a hostile formula touch a
// prototype, a global, eval or Function?

/**
 * Installs read traps for the duration of `fn`: getters for sentinel names on Object.prototype and
 * globalThis, and counting wrappers around Object.prototype.__proto__ / .constructor and the global
 * eval / Function. Returns what was touched. Nothing else runs while the traps are installed.
 */
export function withTraps(sentinels: { proto: string; global: string }, fn: () => void): string[] {
  const touched: string[] = [];
  const protoDescriptor = Object.getOwnPropertyDescriptor(Object.prototype, "__proto__") as PropertyDescriptor;
  const ctorDescriptor = Object.getOwnPropertyDescriptor(Object.prototype, "constructor") as PropertyDescriptor;
  const evalDescriptor = Object.getOwnPropertyDescriptor(globalThis, "eval") as PropertyDescriptor;
  const functionDescriptor = Object.getOwnPropertyDescriptor(globalThis, "Function") as PropertyDescriptor;
  const trap = (target: object, name: string, value: () => unknown, set?: (v: unknown) => void): void => {
    Object.defineProperty(target, name, {
      configurable: true,
      get() {
        touched.push(name);
        return value.call(this);
      },
      set(v: unknown) {
        touched.push(`set ${name}`);
        set?.call(this, v);
      },
    });
  };
  try {
    trap(Object.prototype, sentinels.proto, () => 1);
    trap(globalThis, sentinels.global, () => 1);
    trap(Object.prototype, "__proto__", function (this: unknown) {
      return (protoDescriptor.get as () => unknown).call(this);
    }, function (this: unknown, v: unknown) {
      (protoDescriptor.set as (v: unknown) => void).call(this, v);
    });
    trap(Object.prototype, "constructor", () => Object);
    trap(globalThis, "eval", () => evalDescriptor.value);
    trap(globalThis, "Function", () => functionDescriptor.value);
    fn();
  } finally {
    Object.defineProperty(Object.prototype, "__proto__", protoDescriptor);
    Object.defineProperty(Object.prototype, "constructor", ctorDescriptor);
    Object.defineProperty(globalThis, "eval", evalDescriptor);
    Object.defineProperty(globalThis, "Function", functionDescriptor);
    delete (Object.prototype as Record<string, unknown>)[sentinels.proto];
    delete (globalThis as Record<string, unknown>)[sentinels.global];
  }
  return touched;
}

export const PROTO_SENTINEL = "dpmProtoSentinel";
export const GLOBAL_SENTINEL = "dpmGlobalSentinel";
