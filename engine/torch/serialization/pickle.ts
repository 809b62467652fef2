// Pickle streams: a writer that emits the opcodes CPython's C pickler (protocol 2) emits for the objects
// torch.save meets, and a restricted reader, the subset of the pickle VM that PyTorch's state files use (the
// opcodes of torch's weights-only unpickler plus protocol 4's framing). Globals are never imported: the reader
// hands them to the loader, which knows the few it accepts.
import { None, PyFloat, PyObject, PyType, objectType, type PyValue } from '../../python/objects/core';
import { PyDict, PyList, PyTuple } from '../../python/objects/containers';
import { hashKey } from '../../python/ops/hash';

const OP = {
  MARK: 0x28, // (
  STOP: 0x2e, // .
  BINFLOAT: 0x47, // G
  BININT: 0x4a, // J
  BININT1: 0x4b, // K
  BININT2: 0x4d, // M
  NONE: 0x4e, // N
  BINPERSID: 0x51, // Q
  REDUCE: 0x52, // R
  BINUNICODE: 0x58, // X
  EMPTY_LIST: 0x5d, // ]
  APPEND: 0x61, // a
  BUILD: 0x62, // b
  GLOBAL: 0x63, // c
  APPENDS: 0x65, // e
  BINGET: 0x68, // h
  LONG_BINGET: 0x6a, // j
  EMPTY_DICT: 0x7d, // }
  SETITEM: 0x73, // s
  SETITEMS: 0x75, // u
  BINPUT: 0x71, // q
  LONG_BINPUT: 0x72, // r
  TUPLE: 0x74, // t
  EMPTY_TUPLE: 0x29, // )
  PROTO: 0x80,
  NEWOBJ: 0x81,
  TUPLE1: 0x85,
  TUPLE2: 0x86,
  TUPLE3: 0x87,
  NEWTRUE: 0x88,
  NEWFALSE: 0x89,
  LONG1: 0x8a,
  SHORT_BINUNICODE: 0x8c,
  STACK_GLOBAL: 0x93,
  MEMOIZE: 0x94,
  FRAME: 0x95,
} as const;

/** CPython's pickler writes containers in batches of this many items. */
export const BATCH_SIZE = 1000;

const utf8 = new TextEncoder();

/**
 * A protocol 2 pickle stream. The caller walks its objects and calls these in CPython's order; `recall` and
 * `memoize` take the key that stands for an object's identity in CPython's memo.
 */
export class PickleWriter {
  private bytes = new Uint8Array(256);
  private length = 0;
  private readonly memo = new Map<unknown, number>();

  constructor() {
    this.op(OP.PROTO);
    this.byte(2);
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + extra));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  private byte(value: number): void {
    this.reserve(1);
    this.bytes[this.length++] = value;
  }

  private u32(value: number): void {
    this.reserve(4);
    new DataView(this.bytes.buffer).setUint32(this.length, value, true);
    this.length += 4;
  }

  private raw(data: Uint8Array): void {
    this.reserve(data.length);
    this.bytes.set(data, this.length);
    this.length += data.length;
  }

  op(code: number): void {
    this.byte(code);
  }

  /** Writes a memo fetch if `key` was memoized before; returns whether it did. */
  recall(key: unknown): boolean {
    const index = this.memo.get(key);
    if (index === undefined) return false;
    if (index < 256) {
      this.op(OP.BINGET);
      this.byte(index);
    } else {
      this.op(OP.LONG_BINGET);
      this.u32(index);
    }
    return true;
  }

  /** Stores the object just written (on top of the stack) under `key`. */
  memoize(key: unknown): void {
    const index = this.memo.size;
    this.memo.set(key, index);
    if (index < 256) {
      this.op(OP.BINPUT);
      this.byte(index);
    } else {
      this.op(OP.LONG_BINPUT);
      this.u32(index);
    }
  }

  /** A module-level name (a class or function), written once and fetched from the memo after. */
  global(module: string, name: string): void {
    const key = `global ${module}.${name}`;
    if (this.recall(key)) return;
    this.op(OP.GLOBAL);
    this.raw(utf8.encode(`${module}\n${name}\n`));
    this.memoize(key);
  }

  none(): void {
    this.op(OP.NONE);
  }

  bool(value: boolean): void {
    this.op(value ? OP.NEWTRUE : OP.NEWFALSE);
  }

  int(value: number | bigint): void {
    if (value >= -(2 ** 31) && value < 2 ** 31) {
      const n = Number(value);
      if (n >= 0 && n <= 0xff) {
        this.op(OP.BININT1);
        this.byte(n);
      } else if (n >= 0 && n <= 0xffff) {
        this.op(OP.BININT2);
        this.byte(n & 0xff);
        this.byte(n >> 8);
      } else {
        this.op(OP.BININT);
        this.u32(n >>> 0);
      }
      return;
    }
    // LONG1: the shortest little-endian two's complement that holds the value.
    let big = BigInt(value);
    const bytes: number[] = [];
    const negative = big < 0n;
    const bits = (negative ? -big : big).toString(2).length;
    let count = (bits >> 3) + 1;
    if (negative) big += 1n << BigInt(count * 8);
    for (let i = 0; i < count; i++) {
      bytes.push(Number(big & 0xffn));
      big >>= 8n;
    }
    if (negative && count > 1 && bytes[count - 1] === 0xff && (bytes[count - 2]! & 0x80) !== 0) count--;
    this.op(OP.LONG1);
    this.byte(count);
    this.raw(Uint8Array.from(bytes.slice(0, count)));
  }

  float(value: number): void {
    this.op(OP.BINFLOAT);
    this.reserve(8);
    new DataView(this.bytes.buffer).setFloat64(this.length, value, false);
    this.length += 8;
  }

  /** A str, without memoizing it (the caller decides what identity it has). */
  string(value: string): void {
    const data = utf8.encode(value);
    this.op(OP.BINUNICODE);
    this.u32(data.length);
    this.raw(data);
  }

  finish(): Uint8Array {
    this.op(OP.STOP);
    return this.bytes.slice(0, this.length);
  }
}

export const PICKLE = OP;

const globalType = new PyType('global', [objectType], 'pickle');

/** A module-level name read from a stream, kept as a name: the loader decides what, if anything, it stands for. */
export class PickleGlobal extends PyObject {
  constructor(
    readonly module: string,
    readonly name: string,
  ) {
    super(globalType);
  }

  get path(): string {
    return `${this.module}.${this.name}`;
  }
}

/** How the loader gives meaning to the operations that would run code. */
export interface UnpickleHooks {
  /** A global's value (or a PickleGlobal kept for reduce); throws for globals it does not accept. */
  global(found: PickleGlobal): PyValue;
  reduce(callable: PyValue, args: PyTuple): PyValue;
  build(target: PyValue, state: PyValue): void;
  persistentLoad(id: PyValue): PyValue;
}

/** A malformed stream or an opcode outside the subset; the loader words the Python error. */
export class UnpicklingFailure extends Error {}

/** Runs the pickle VM over `data` and returns the object it builds. */
export function unpickle(data: Uint8Array, hooks: UnpickleHooks): PyValue {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let at = 0;
  let stack: PyValue[] = [];
  const marks: PyValue[][] = [];
  const memo = new Map<number, PyValue>();

  const need = (n: number) => {
    if (at + n > data.length) throw new UnpicklingFailure('pickle data was truncated');
  };
  const readByte = () => {
    need(1);
    return data[at++]!;
  };
  const readU32 = () => {
    need(4);
    const value = view.getUint32(at, true);
    at += 4;
    return value;
  };
  const readText = (n: number) => {
    need(n);
    const text = decoder.decode(data.subarray(at, at + n));
    at += n;
    return text;
  };
  const readLine = () => {
    const end = data.indexOf(0x0a, at);
    if (end < 0) throw new UnpicklingFailure('pickle data was truncated');
    const text = decoder.decode(data.subarray(at, end));
    at = end + 1;
    return text;
  };
  const pop = (): PyValue => {
    if (stack.length === 0) throw new UnpicklingFailure('unpickling stack underflow');
    return stack.pop()!;
  };
  const top = (): PyValue => {
    if (stack.length === 0) throw new UnpicklingFailure('unpickling stack underflow');
    return stack[stack.length - 1]!;
  };
  const popMark = (): PyValue[] => {
    const items = stack;
    const previous = marks.pop();
    if (!previous) throw new UnpicklingFailure('could not find MARK');
    stack = previous;
    return items;
  };
  const setPyValues = (target: PyValue, items: PyValue[]) => {
    if (!(target instanceof PyDict)) throw new UnpicklingFailure('SETITEMS on an object that is not a dict');
    for (let i = 0; i + 1 < items.length; i += 2) {
      const key = items[i]!;
      target.entries.set(hashKey(key), { key, value: items[i + 1]! });
    }
  };
  const fetch = (index: number) => {
    const found = memo.get(index);
    if (found === undefined) throw new UnpicklingFailure(`Memo value not found at index ${index}`);
    stack.push(found);
  };

  for (;;) {
    const code = readByte();
    switch (code) {
      case OP.PROTO:
        readByte();
        break;
      case OP.FRAME:
        need(8);
        at += 8;
        break;
      case OP.STOP:
        return pop();
      case OP.MARK:
        marks.push(stack);
        stack = [];
        break;
      case OP.NONE:
        stack.push(None);
        break;
      case OP.NEWTRUE:
        stack.push(true);
        break;
      case OP.NEWFALSE:
        stack.push(false);
        break;
      case OP.BININT1:
        stack.push(readByte());
        break;
      case OP.BININT2:
        need(2);
        stack.push(view.getUint16(at, true));
        at += 2;
        break;
      case OP.BININT:
        need(4);
        stack.push(view.getInt32(at, true));
        at += 4;
        break;
      case OP.LONG1: {
        const n = readByte();
        need(n);
        let big = 0n;
        for (let i = n - 1; i >= 0; i--) big = (big << 8n) | BigInt(data[at + i]!);
        if (n > 0 && data[at + n - 1]! & 0x80) big -= 1n << BigInt(n * 8);
        at += n;
        stack.push(Number.isSafeInteger(Number(big)) && BigInt(Number(big)) === big ? Number(big) : big);
        break;
      }
      case OP.BINFLOAT:
        need(8);
        stack.push(new PyFloat(view.getFloat64(at, false)));
        at += 8;
        break;
      case OP.BINUNICODE:
        stack.push(readText(readU32()));
        break;
      case OP.SHORT_BINUNICODE:
        stack.push(readText(readByte()));
        break;
      case OP.EMPTY_TUPLE:
        stack.push(new PyTuple([]));
        break;
      case OP.TUPLE1:
        stack.push(new PyTuple([pop()]));
        break;
      case OP.TUPLE2: {
        const b = pop();
        stack.push(new PyTuple([pop(), b]));
        break;
      }
      case OP.TUPLE3: {
        const c = pop();
        const b = pop();
        stack.push(new PyTuple([pop(), b, c]));
        break;
      }
      case OP.TUPLE: {
        const items = popMark(); // before reading `stack`, which popMark replaces
        stack.push(new PyTuple(items));
        break;
      }
      case OP.EMPTY_LIST:
        stack.push(new PyList([]));
        break;
      case OP.APPEND: {
        const item = pop();
        const list = top();
        if (!(list instanceof PyList)) throw new UnpicklingFailure('APPEND to an object that is not a list');
        list.items.push(item);
        break;
      }
      case OP.APPENDS: {
        const items = popMark();
        const list = top();
        if (!(list instanceof PyList)) throw new UnpicklingFailure('APPENDS to an object that is not a list');
        list.items.push(...items);
        break;
      }
      case OP.EMPTY_DICT:
        stack.push(new PyDict());
        break;
      case OP.SETITEM: {
        const item = pop();
        const key = pop();
        setPyValues(top(), [key, item]);
        break;
      }
      case OP.SETITEMS: {
        const items = popMark();
        setPyValues(top(), items);
        break;
      }
      case OP.BINPUT:
        memo.set(readByte(), top());
        break;
      case OP.LONG_BINPUT:
        memo.set(readU32(), top());
        break;
      case OP.MEMOIZE:
        memo.set(memo.size, top());
        break;
      case OP.BINGET:
        fetch(readByte());
        break;
      case OP.LONG_BINGET:
        fetch(readU32());
        break;
      case OP.GLOBAL: {
        const module = readLine();
        stack.push(hooks.global(new PickleGlobal(module, readLine())));
        break;
      }
      case OP.STACK_GLOBAL: {
        const name = pop();
        const module = pop();
        if (typeof module !== 'string' || typeof name !== 'string') throw new UnpicklingFailure('STACK_GLOBAL requires str');
        stack.push(hooks.global(new PickleGlobal(module, name)));
        break;
      }
      case OP.REDUCE: {
        const args = pop();
        const callable = pop();
        if (!(args instanceof PyTuple)) throw new UnpicklingFailure('REDUCE arguments must be a tuple');
        stack.push(hooks.reduce(callable, args));
        break;
      }
      case OP.NEWOBJ: {
        const args = pop();
        const cls = pop();
        if (!(args instanceof PyTuple)) throw new UnpicklingFailure('NEWOBJ arguments must be a tuple');
        stack.push(hooks.reduce(cls, args));
        break;
      }
      case OP.BUILD: {
        const state = pop();
        hooks.build(top(), state);
        break;
      }
      case OP.BINPERSID:
        stack.push(hooks.persistentLoad(pop()));
        break;
      default:
        throw new UnpicklingFailure(`Unsupported operand ${code}`);
    }
  }
}
