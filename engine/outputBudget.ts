// The output limits of one cell execution: text beyond the configured number of lines or characters is dropped,
// and a marker line says so, so a print loop cannot bury the notebook (or the extension host) in output.

export interface OutputLimits {
  /** 0 means unlimited. */
  maxLines: number;
  maxCharacters: number;
}

export const NO_OUTPUT_LIMITS: OutputLimits = { maxLines: 0, maxCharacters: 0 };

export class OutputBudget {
  private lines = 0;
  private characters = 0;
  private exhausted = false;

  constructor(private readonly limits: OutputLimits) {}

  /** The part of `text` that still fits, followed by the truncation marker the first time something does not. */
  take(text: string): string {
    if (this.exhausted) return '';
    const { maxLines, maxCharacters } = this.limits;
    let end = text.length;
    if (maxCharacters > 0) end = Math.min(end, maxCharacters - this.characters);
    if (maxLines > 0 && this.lines >= maxLines) end = 0;
    else if (maxLines > 0) {
      let lines = this.lines;
      for (let i = 0; i < end; i++) {
        if (text.charCodeAt(i) === 10 && ++lines >= maxLines) {
          end = i + 1;
          break;
        }
      }
    }
    const kept = text.slice(0, Math.max(0, end));
    this.characters += kept.length;
    for (let i = 0; i < kept.length; i++) if (kept.charCodeAt(i) === 10) this.lines++;
    if (kept.length === text.length) return kept;
    this.exhausted = true;
    const limit = this.lines >= maxLines && maxLines > 0 ? `${maxLines} lines` : `${maxCharacters} characters`;
    return `${kept}${kept === '' || kept.endsWith('\n') ? '' : '\n'}[output truncated: this cell wrote more than ${limit}; the rest was dropped (setting autogradNotebooks.output.maxLines / maxCharacters)]\n`;
  }
}
