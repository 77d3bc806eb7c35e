/**
 * @internal `table[key]` when `key` is the table's OWN property, else `undefined`: names from
 * users or files ("constructor", "__proto__", "toString") never reach `Object.prototype`.
 */
export function getOwn<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/**
 * @internal Sets an own, enumerable data property, even for `__proto__`, which plain assignment
 * would route to the prototype setter.
 */
export function defineOwn<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
