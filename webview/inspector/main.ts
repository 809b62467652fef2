// The inspector webview: renders the kernel's namespace as a table. Built with DOM nodes and textContent only,
// so no value from a notebook can inject markup.
import './inspector.css';
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

function render(state: InspectorState): void {
  const header = element('header');
  header.append(element('h1', state.notebook ?? 'No Autograd notebook is active'));
  header.append(element('span', state.kernelState, `kernel-state kernel-${state.kernelState}`));

  const table = element('table');
  table.id = 'variables';
  const head = table.createTHead().insertRow();
  for (const title of ['Name', 'Type', 'Value']) {
    const cell = element('th', title);
    cell.scope = 'col';
    head.append(cell);
  }
  const body = table.createTBody();
  for (const variable of state.variables) {
    const row = body.insertRow();
    row.dataset.name = variable.name;
    row.append(element('td', variable.name, 'name'), element('td', variable.type, 'type'), element('td', variable.value, 'value'));
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
