// Python files in the percent format: `# %%` lines separate cells (the convention of Jupytext and VS Code's
// interactive window); `# %% [markdown]` cells hold commentary and do not run. A file without markers is one cell.

export interface PercentCell {
  kind: 'code' | 'markdown';
  source: string;
  /** 0-based line in the file where the cell's source starts, so tracebacks can name file lines. */
  firstLine: number;
}

const MARKER = /^# ?%%(.*)$/;

export function parsePercentFormat(text: string): PercentCell[] {
  const lines = text.split('\n');
  const cells: PercentCell[] = [];
  let current: PercentCell = { kind: 'code', source: '', firstLine: 0 };
  let body: string[] = [];
  const close = () => {
    current.source = body.join('\n');
    if (current.source.trim() !== '') cells.push(current);
  };
  lines.forEach((line, index) => {
    const marker = MARKER.exec(line);
    if (!marker) {
      body.push(line);
      return;
    }
    close();
    current = { kind: /\[markdown\]/.test(marker[1]!) ? 'markdown' : 'code', source: '', firstLine: index + 1 };
    body = [];
  });
  close();
  return cells;
}
