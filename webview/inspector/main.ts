// The inspector webview: renders the kernel's namespace as a table. Built with DOM nodes and textContent only,
// so no value from a notebook can inject markup.
import './inspector.css';
import type { VariableInfo } from '../../engine/kernel';
import type { FromWebview, InspectorState, ToWebview } from '../../extension/inspector/inspectorState';

declare function acquireVsCodeApi(): { postMessage(message: FromWebview): void };

const vscode = acquireVsCodeApi();
const app = document.getElementById('app')!;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

const flag = (value: boolean | undefined) => (value === undefined ? '' : value ? 'True' : 'False');

/** The table's columns; the tensor columns stay empty for other values. */
const COLUMNS: Array<{ title: string; className: string; text: (variable: VariableInfo) => string }> = [
  { title: 'Name', className: 'name', text: (v) => v.name },
  { title: 'Type', className: 'type', text: (v) => v.type },
  { title: 'Shape', className: 'shape', text: (v) => (v.tensor ? `[${v.tensor.shape.join(', ')}]` : '') },
  { title: 'dtype', className: 'dtype', text: (v) => v.tensor?.dtype ?? '' },
  { title: 'requires_grad', className: 'requires-grad', text: (v) => flag(v.tensor?.requiresGrad) },
  { title: 'is_leaf', className: 'is-leaf', text: (v) => flag(v.tensor?.isLeaf) },
  { title: 'grad_fn', className: 'grad-fn', text: (v) => v.tensor?.gradFn ?? '' },
  { title: 'grad', className: 'grad', text: (v) => (v.tensor?.grad ? `[${v.tensor.grad.shape.join(', ')}] norm ${v.tensor.grad.norm.toPrecision(4)}` : '') },
  // One line: multi-line reprs (tensors) are collapsed; the full text is the cell's tooltip.
  { title: 'Value', className: 'value', text: (v) => v.value.replace(/\s+/g, ' ') },
];

function render(state: InspectorState): void {
  const header = element('header');
  header.append(element('h1', state.notebook ?? 'No Autograd notebook is active'));
  header.append(element('span', state.kernelState, `kernel-state kernel-${state.kernelState}`));

  const table = element('table');
  table.id = 'variables';
  const head = table.createTHead().insertRow();
  for (const column of COLUMNS) {
    const cell = element('th', column.title);
    cell.scope = 'col';
    head.append(cell);
  }
  const body = table.createTBody();
  for (const variable of state.variables) {
    const row = body.insertRow();
    row.dataset.name = variable.name;
    for (const column of COLUMNS) row.append(element('td', column.text(variable), column.className));
    row.lastElementChild!.setAttribute('title', variable.value);
  }

  const children: Node[] = [header, table];
  if (state.variables.length === 0) {
    children.push(element('p', state.notebook ? 'Run a cell to see its variables here.' : 'Open an .agnb notebook.', 'empty'));
  }
  app.replaceChildren(...children);
  vscode.postMessage({ type: 'rendered', names: state.variables.map((variable) => variable.name) });
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  if (event.data?.type === 'state') render(event.data.state);
});
vscode.postMessage({ type: 'ready' });
