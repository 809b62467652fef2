// The kernel server's copy of each notebook cell's text, kept up to date from the editor's edits, with the
// line/character <-> offset conversions LSP positions need (UTF-16 code units, as JS strings count them).
import type { Position, TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver/node';

export class CellText {
  constructor(
    readonly uri: string,
    public version: number,
    public text: string,
  ) {}

  offsetAt(position: Position): number {
    let offset = 0;
    for (let line = 0; line < position.line; line++) {
      const next = this.text.indexOf('\n', offset);
      if (next < 0) return this.text.length;
      offset = next + 1;
    }
    const lineEnd = this.text.indexOf('\n', offset);
    return Math.min(offset + position.character, lineEnd < 0 ? this.text.length : lineEnd);
  }

  positionAt(offset: number): Position {
    const before = this.text.slice(0, Math.max(0, Math.min(offset, this.text.length)));
    const line = before.split('\n').length - 1;
    return { line, character: before.length - (before.lastIndexOf('\n') + 1) };
  }
}

export const cellTextConfiguration: TextDocumentsConfiguration<CellText> = {
  create: (uri, _languageId, version, content) => new CellText(uri, version, content),
  update: (document, changes: TextDocumentContentChangeEvent[], version) => {
    for (const change of changes) {
      if ('range' in change) {
        const start = document.offsetAt(change.range.start);
        const end = document.offsetAt(change.range.end);
        document.text = document.text.slice(0, start) + change.text + document.text.slice(end);
      } else {
        document.text = change.text;
      }
    }
    document.version = version;
    return document;
  },
};
