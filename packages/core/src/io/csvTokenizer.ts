import { DpmError } from "../errors/DpmError.js";

const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;

const START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const AFTER_QUOTE = 3;

/**
 * @internal An incremental RFC 4180 tokenizer: text arrives in chunks that may split anywhere
 * (inside a quoted field, between `\r` and `\n`); each complete row is handed to `onRow` with the
 * 1-based line it starts on. Blank lines are skipped.
 */
export class CsvTokenizer {
  private field = "";
  private fields: string[] = [];
  private state = START;
  private quoted = false;
  private line = 1;
  private rowLine = 1;
  private fieldLine = 1;
  private skipLf = false;
  private first = true;

  constructor(
    private readonly delimiter: number,
    private readonly trim: boolean,
    private readonly onRow: (fields: string[], line: number) => void,
    private readonly columnName: (index: number) => string,
    private readonly fn: string,
  ) {}

  push(chunk: string): void {
    let i = 0;
    const n = chunk.length;
    if (this.first && n > 0) {
      this.first = false;
      if (chunk.charCodeAt(0) === 0xfeff) i = 1;
    }
    const d = this.delimiter;
    while (i < n) {
      const c = chunk.charCodeAt(i);
      if (this.skipLf) {
        this.skipLf = false;
        if (c === LF) {
          i++;
          continue;
        }
      }
      switch (this.state) {
        case START:
          if (c === QUOTE) {
            this.state = QUOTED;
            this.quoted = true;
            this.fieldLine = this.line;
            i++;
          } else if (c === d) {
            this.endField();
            i++;
          } else if (c === LF || c === CR) {
            this.endRow(c);
            i++;
          } else if (this.trim && (c === SPACE || c === TAB)) {
            i++;
          } else {
            this.state = UNQUOTED;
          }
          break;
        case UNQUOTED: {
          let j = i;
          while (j < n) {
            const e = chunk.charCodeAt(j);
            if (e === d || e === LF || e === CR) break;
            j++;
          }
          this.field += chunk.slice(i, j);
          i = j;
          if (j < n) {
            const e = chunk.charCodeAt(j);
            if (e === d) this.endField();
            else this.endRow(e);
            i++;
          }
          break;
        }
        case QUOTED: {
          let j = i;
          while (j < n) {
            const e = chunk.charCodeAt(j);
            if (e === QUOTE) break;
            if (e === LF) this.line++;
            j++;
          }
          this.field += chunk.slice(i, j);
          i = j;
          if (j < n) {
            this.state = AFTER_QUOTE;
            i++;
          }
          break;
        }
        case AFTER_QUOTE:
          if (c === QUOTE) {
            this.field += '"';
            this.state = QUOTED;
          } else if (c === d) {
            this.endField();
          } else if (c === LF || c === CR) {
            this.endRow(c);
          } else if (!(this.trim && (c === SPACE || c === TAB))) {
            throw new DpmError(
              "PARSE_ERROR",
              `${this.fn}: line ${this.line}, column "${this.columnName(this.fields.length)}": unexpected ${JSON.stringify(chunk[i])} after a closing quote; write a quote inside a quoted field as "".`,
              { details: { line: this.line, column: this.columnName(this.fields.length) } },
            );
          }
          i++;
          break;
      }
    }
  }

  end(): void {
    if (this.state === QUOTED) {
      const column = this.columnName(this.fields.length);
      throw new DpmError(
        "PARSE_ERROR",
        `${this.fn}: line ${this.fieldLine}, column "${column}": the quoted field opened here is never closed; close it with a " (and write quotes inside it as "").`,
        { details: { line: this.fieldLine, column } },
      );
    }
    if (this.state !== START || this.field !== "" || this.fields.length > 0 || this.quoted) this.endRow(-1);
  }

  private endField(): void {
    const value = this.quoted || !this.trim ? this.field : trimEnd(this.field);
    this.fields.push(value);
    this.field = "";
    this.quoted = false;
    this.state = START;
  }

  private endRow(c: number): void {
    const blank = this.fields.length === 0 && this.field === "" && !this.quoted && this.state !== AFTER_QUOTE;
    if (blank) {
      this.field = "";
      this.state = START;
    } else {
      this.endField();
      const row = this.fields;
      this.fields = [];
      this.onRow(row, this.rowLine);
    }
    if (c === CR) this.skipLf = true;
    if (c === LF || c === CR) this.line++;
    this.rowLine = this.line;
  }
}

function trimEnd(s: string): string {
  let end = s.length;
  while (end > 0) {
    const c = s.charCodeAt(end - 1);
    if (c !== SPACE && c !== TAB) break;
    end--;
  }
  return end === s.length ? s : s.slice(0, end);
}
