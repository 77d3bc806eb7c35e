// A minimal WebAssembly binary writer: just what the model compiler emits (one function over
// f64/i32 locals, an imported memory and a few imported Math functions). Spec: WebAssembly Core
// Specification 1.0, §5 Binary Format.

/** Opcodes used by the model compiler. @internal */
export const Op = {
  block: 0x02,
  loop: 0x03,
  end: 0x0b,
  br: 0x0c,
  brIf: 0x0d,
  call: 0x10,
  select: 0x1b,
  localGet: 0x20,
  localSet: 0x21,
  localTee: 0x22,
  f64Load: 0x2b,
  f64Store: 0x39,
  i32Const: 0x41,
  f64Const: 0x44,
  i32Eqz: 0x45,
  i32GeS: 0x4e,
  f64Eq: 0x61,
  f64Ne: 0x62,
  f64Lt: 0x63,
  f64Gt: 0x64,
  f64Le: 0x65,
  f64Ge: 0x66,
  i32Add: 0x6a,
  i32And: 0x71,
  i32Or: 0x72,
  f64Abs: 0x99,
  f64Neg: 0x9a,
  f64Ceil: 0x9b,
  f64Floor: 0x9c,
  f64Sqrt: 0x9f,
  f64Add: 0xa0,
  f64Sub: 0xa1,
  f64Mul: 0xa2,
  f64Div: 0xa3,
  f64Min: 0xa4,
  f64Max: 0xa5,
  f64ConvertI32U: 0xb8,
} as const;

/** Value types. @internal */
export const I32 = 0x7f;
/** @internal */
export const F64 = 0x7c;
const VOID_BLOCK = 0x40;

/** Growable byte buffer with the encodings the binary format needs. @internal */
export class Bytes {
  private data = new Uint8Array(1024);
  length = 0;

  byte(b: number): this {
    if (this.length === this.data.length) {
      const bigger = new Uint8Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = b;
    return this;
  }

  bytes(list: ArrayLike<number>): this {
    for (let i = 0; i < list.length; i++) this.byte(list[i] as number);
    return this;
  }

  /** Unsigned LEB128. */
  u32(value: number): this {
    let v = value >>> 0;
    do {
      const b = v & 0x7f;
      v >>>= 7;
      this.byte(v === 0 ? b : b | 0x80);
    } while (v !== 0);
    return this;
  }

  /** Signed LEB128 for i32 constants. */
  s32(value: number): this {
    let v = value | 0;
    for (;;) {
      const b = v & 0x7f;
      v >>= 7;
      const done = (v === 0 && (b & 0x40) === 0) || (v === -1 && (b & 0x40) !== 0);
      this.byte(done ? b : b | 0x80);
      if (done) return this;
    }
  }

  f64(value: number): this {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, value, true);
    return this.bytes(new Uint8Array(view.buffer));
  }

  name(text: string): this {
    const encoded = new TextEncoder().encode(text);
    return this.u32(encoded.length).bytes(encoded);
  }

  /** Appends another buffer prefixed by its byte length. */
  sized(inner: Bytes): this {
    return this.u32(inner.length).bytes(inner.view());
  }

  view(): Uint8Array {
    return this.data.subarray(0, this.length);
  }
}

/** Instruction emitter for one function body. @internal */
export class Code extends Bytes {
  op(code: number): this {
    return this.byte(code);
  }
  get(local: number): this {
    return this.byte(Op.localGet).u32(local);
  }
  set(local: number): this {
    return this.byte(Op.localSet).u32(local);
  }
  i32(value: number): this {
    return this.byte(Op.i32Const).s32(value);
  }
  f64c(value: number): this {
    return this.byte(Op.f64Const).f64(value);
  }
  /** f64.load with a constant byte offset added to the address on the stack. */
  load(offset: number): this {
    return this.byte(Op.f64Load).u32(3).u32(offset);
  }
  store(offset: number): this {
    return this.byte(Op.f64Store).u32(3).u32(offset);
  }
  block(): this {
    return this.byte(Op.block).byte(VOID_BLOCK);
  }
  loop(): this {
    return this.byte(Op.loop).byte(VOID_BLOCK);
  }
}

/** A function import: module "m", the given name, signature (params) → f64. @internal */
export interface FunctionImport {
  readonly name: string;
  readonly params: number;
}

/**
 * Assembles a module: imported memory `m.memory`, imported f64 functions, and one exported
 * function `run(first: i32, end: i32) → f64` with the given locals and body.
 * @internal
 */
export function assembleModule(imports: readonly FunctionImport[], locals: readonly { count: number; type: number }[], body: Code): Uint8Array {
  const out = new Bytes().bytes([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
  const section = (id: number, content: Bytes): void => void out.byte(id).sized(content);

  // Types: 0 = run, then one per distinct import arity.
  const arities = [...new Set(imports.map((f) => f.params))];
  const types = new Bytes().u32(1 + arities.length);
  types.byte(0x60).u32(2).byte(I32).byte(I32).u32(1).byte(F64);
  for (const arity of arities) {
    types.byte(0x60).u32(arity);
    for (let i = 0; i < arity; i++) types.byte(F64);
    types.u32(1).byte(F64);
  }
  section(1, types);

  const imp = new Bytes().u32(imports.length + 1);
  imp.name("m").name("memory").byte(0x02).byte(0x00).u32(1);
  for (const f of imports) imp.name("m").name(f.name).byte(0x00).u32(1 + arities.indexOf(f.params));
  section(2, imp);

  section(3, new Bytes().u32(1).u32(0));
  section(7, new Bytes().u32(1).name("run").byte(0x00).u32(imports.length));

  const fn = new Bytes().u32(locals.length);
  for (const l of locals) fn.u32(l.count).byte(l.type);
  fn.bytes(body.view()).byte(Op.end);
  section(10, new Bytes().u32(1).sized(fn));
  return out.view().slice();
}
