// The inspector webview: the kernel's tensors, parameters and modules as a table that sorts (column headers)
// and filters (text box), and for the selected name its values and grad as heatmaps and its autograd graph.
// Built with DOM nodes and textContent only, so no value from a notebook can inject markup. Keyboard: the table
// rows are one tab stop (arrow keys, Home/End move; Enter selects), graph nodes are focusable (Enter reveals).
import './inspector.css';
import '../shared/views.css';
import type { VariableDetail, VariableInfo } from '../../engine/kernel';
import type { TensorDescription } from '../../engine/torch/inspect';
import type { FromWebview, InspectorState, ToWebview } from '../../extension/inspector/inspectorState';
import { element, formatValue, shapeText, tensorBadges, tensorChart } from '../shared/charts';
import { moduleTree } from '../shared/moduleTree';
import { graphView } from './graph';

declare function acquireVsCodeApi(): { postMessage(message: FromWebview): void };

const vscode = acquireVsCodeApi();

/** A table row: a name of the namespace, or a module's parameter (`model.linear.weight`). */
interface Row {
  name: string;
  type: string;
  value: string;
  tensor?: TensorDescription;
}

const flag = (value: boolean | undefined) => (value === undefined ? '' : value ? 'True' : 'False');
const numel = (shape: readonly number[]) => shape.reduce((product, size) => product * size, 1);

interface Column {
  title: string;
  className: string;
  text: (row: Row) => string;
  /** What sorting by this column compares (numbers numerically); rows without a value sort last. */
  key: (row: Row) => string | number | undefined;
}

/** The table's columns; the tensor columns stay empty for other values. */
const COLUMNS: Column[] = [
  { title: 'Name', className: 'name', text: (r) => r.name, key: (r) => r.name },
  { title: 'Type', className: 'type', text: (r) => r.type, key: (r) => r.type },
  { title: 'Shape', className: 'shape', text: (r) => (r.tensor ? shapeText(r.tensor.shape) : ''), key: (r) => (r.tensor ? numel(r.tensor.shape) : undefined) },
  { title: 'dtype', className: 'dtype', text: (r) => r.tensor?.dtype ?? '', key: (r) => r.tensor?.dtype },
  { title: 'requires_grad', className: 'requires-grad', text: (r) => flag(r.tensor?.requiresGrad), key: (r) => flag(r.tensor?.requiresGrad) || undefined },
  { title: 'is_leaf', className: 'is-leaf', text: (r) => flag(r.tensor?.isLeaf), key: (r) => flag(r.tensor?.isLeaf) || undefined },
  { title: 'grad_fn', className: 'grad-fn', text: (r) => r.tensor?.gradFn ?? '', key: (r) => r.tensor?.gradFn ?? undefined },
  {
    title: 'grad',
    className: 'grad',
    text: (r) => (r.tensor?.grad ? `${shapeText(r.tensor.grad.shape)} norm ${formatValue(r.tensor.grad.norm)}` : ''),
    key: (r) => r.tensor?.grad?.norm,
  },
  // One line: multi-line reprs (tensors) are collapsed; the full text is the cell's tooltip.
  { title: 'Value', className: 'value', text: (r) => r.value.replace(/\s+/g, ' '), key: (r) => r.value },
];

function rowsOf(variables: VariableInfo[]): Row[] {
  const rows: Row[] = [];
  for (const variable of variables) {
    rows.push({ name: variable.name, type: variable.type, value: variable.value, ...(variable.tensor ? { tensor: variable.tensor } : {}) });
    for (const parameter of variable.parameters ?? []) {
      rows.push({ name: `${variable.name}.${parameter.name}`, type: 'Parameter', value: `parameter of ${variable.name}`, tensor: parameter.tensor });
    }
  }
  return rows;
}

// ---- state ---------------------------------------------------------------------------------------------------

let state: InspectorState = { notebook: undefined, kernelState: 'idle', variables: [] };
let rows: Row[] = [];
let sort: { column: number; descending: boolean } | undefined;
let filter = '';
let selected: string | undefined;
/** The row that holds the table's tab stop. */
let active: string | undefined;

// ---- layout, built once --------------------------------------------------------------------------------------

const app = document.getElementById('app')!;
const title = element('h1');
const kernelState = element('span', undefined, 'kernel-state');
const header = element('header');
header.append(title, kernelState);

const filterBox = element('input', undefined, 'filter');
filterBox.type = 'search';
filterBox.placeholder = 'Filter by name, type, dtype or grad_fn';
filterBox.setAttribute('aria-label', 'Filter variables');
filterBox.addEventListener('input', () => {
  filter = filterBox.value.trim().toLowerCase();
  renderRows();
});

const table = element('table');
table.id = 'variables';
table.setAttribute('aria-label', 'Variables');
const headRow = table.createTHead().insertRow();
const headers = COLUMNS.map((column, index) => {
  const cell = element('th');
  cell.scope = 'col';
  cell.className = column.className;
  const button = element('button', column.title, 'sort');
  button.title = `Sort by ${column.title}`;
  button.addEventListener('click', () => {
    sort = sort?.column === index ? { column: index, descending: !sort.descending } : { column: index, descending: false };
    renderRows();
  });
  cell.append(button);
  headRow.append(cell);
  return cell;
});
const body = table.createTBody();
body.addEventListener('keydown', onTableKey);
// The row that has focus (by keyboard or mouse) holds the tab stop, so Tab comes back to it.
body.addEventListener('focusin', (event) => {
  const row = (event.target as Element).closest('tr');
  if (row?.dataset.name && row.dataset.name !== active) {
    rowElement(active)?.setAttribute('tabindex', '-1');
    active = row.dataset.name;
    row.tabIndex = 0;
  }
});
body.addEventListener('click', (event) => {
  const row = (event.target as Element).closest('tr');
  if (row?.dataset.name) select(row.dataset.name);
});

const empty = element('p', undefined, 'empty');
const detail = element('section', undefined, 'detail');
detail.id = 'detail';
detail.setAttribute('aria-live', 'polite');
const tableWrap = element('div', undefined, 'table-wrap');
tableWrap.append(table);
app.append(header, filterBox, tableWrap, empty, detail);

// ---- the table -----------------------------------------------------------------------------------------------

function visibleRows(): Row[] {
  const shown = filter
    ? rows.filter((row) => [row.name, row.type, row.tensor?.dtype ?? '', row.tensor?.gradFn ?? ''].some((text) => text.toLowerCase().includes(filter)))
    : [...rows];
  if (sort) {
    const { key } = COLUMNS[sort.column]!;
    const direction = sort.descending ? -1 : 1;
    shown.sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
      return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))) * direction;
    });
  }
  return shown;
}

function renderRows(): void {
  const hadFocus = body.contains(document.activeElement);
  const shown = visibleRows();
  if (!shown.some((row) => row.name === active)) active = shown[0]?.name;
  const fragment = document.createDocumentFragment();
  for (const row of shown) {
    const tr = element('tr');
    tr.dataset.name = row.name;
    tr.tabIndex = row.name === active ? 0 : -1;
    tr.setAttribute('aria-selected', String(row.name === selected));
    // Each cell's full text is its tooltip: narrow columns cut long text with an ellipsis.
    for (const column of COLUMNS) {
      const cell = element('td', column.text(row), column.className);
      cell.title = column.className === 'value' ? row.value : cell.textContent!;
      tr.append(cell);
    }
    fragment.append(tr);
  }
  body.replaceChildren(fragment);
  headers.forEach((cell, index) => {
    cell.setAttribute('aria-sort', sort?.column === index ? (sort.descending ? 'descending' : 'ascending') : 'none');
  });
  if (hadFocus) rowElement(active)?.focus();
  empty.textContent =
    rows.length === 0 ? (state.notebook ? 'Run a cell to see its variables here.' : 'Open an .agnb notebook.') : shown.length === 0 ? 'No variable matches the filter.' : '';
}

function rowElement(name: string | undefined): HTMLTableRowElement | undefined {
  if (name === undefined) return undefined;
  return [...body.rows].find((row) => row.dataset.name === name);
}

function moveFocus(row: HTMLTableRowElement | undefined): void {
  if (!row) return;
  rowElement(active)?.setAttribute('tabindex', '-1');
  active = row.dataset.name;
  row.tabIndex = 0;
  row.focus();
}

function onTableKey(event: KeyboardEvent): void {
  const current = rowElement(active);
  const all = [...body.rows];
  const index = current ? all.indexOf(current) : -1;
  switch (event.key) {
    case 'ArrowDown':
      moveFocus(all[Math.min(all.length - 1, index + 1)]);
      break;
    case 'ArrowUp':
      moveFocus(all[Math.max(0, index - 1)]);
      break;
    case 'Home':
      moveFocus(all[0]);
      break;
    case 'End':
      moveFocus(all[all.length - 1]);
      break;
    case 'Enter':
    case ' ':
      if (active) select(active);
      break;
    default:
      return;
  }
  event.preventDefault();
}

function select(name: string): void {
  selected = name;
  active = name;
  for (const row of body.rows) {
    row.setAttribute('aria-selected', String(row.dataset.name === name));
    row.tabIndex = row.dataset.name === name ? 0 : -1;
  }
  detail.replaceChildren(element('h2', name), element('p', 'Loading…', 'note'));
  vscode.postMessage({ type: 'select', name });
}

// ---- the selection ---------------------------------------------------------------------------------------------

function section(heading: string, ...content: Node[]): HTMLElement {
  const part = element('div', undefined, 'part');
  part.append(element('h3', heading), ...content);
  return part;
}

function renderDetail(name: string, result: VariableDetail | null): void {
  if (name !== selected) return; // an answer to an earlier selection
  const heading = element('h2', name);
  if (!result) {
    detail.replaceChildren(heading, element('p', `${name} is no longer defined.`, 'note'));
    return;
  }
  const parts: Node[] = [heading];
  if (result.tensor) {
    const tensor = result.tensor;
    parts.push(tensorBadges(tensor));
    const charts = element('div', undefined, 'charts');
    charts.append(section('Values', tensorChart(tensor, name)));
    charts.append(
      section(
        'Grad',
        result.grad
          ? tensorChart(result.grad, `${name}.grad`)
          : element('p', tensor.isLeaf ? (tensor.requiresGrad ? 'None: no backward has reached it yet.' : 'None: it does not require grad.') : 'None: not a leaf (call retain_grad() to keep it).', 'note'),
      ),
    );
    parts.push(charts);
    const graph = result.graph;
    const graphPart =
      graph && graph.edges.length > 0
        ? graphView(graph, (node) => node.origin && vscode.postMessage({ type: 'reveal', origin: node.origin, label: node.label }))
        : element('p', tensor.requiresGrad ? 'A leaf: backward accumulates into its .grad; it has no grad_fn.' : 'No autograd graph: it does not require grad.', 'note');
    parts.push(section('Autograd graph', graphPart));
  } else if (result.module) {
    parts.push(moduleTree(result.module));
  } else {
    parts.push(element('p', 'Select a tensor, parameter or module to see more.', 'note'));
  }
  detail.replaceChildren(...parts);
}

// ---- messages --------------------------------------------------------------------------------------------------

function render(next: InspectorState): void {
  state = next;
  rows = rowsOf(next.variables);
  title.textContent = next.notebook ?? 'No Autograd notebook is active';
  kernelState.textContent = next.kernelState;
  kernelState.className = `kernel-state kernel-${next.kernelState}`;
  renderRows();
  if (selected !== undefined) {
    if (rows.some((row) => row.name === selected)) select(selected);
    else renderDetail(selected, null);
  }
  vscode.postMessage({ type: 'rendered', names: rows.map((row) => row.name) });
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  if (message?.type === 'state') render(message.state);
  if (message?.type === 'detail') renderDetail(message.name, message.result);
});
vscode.postMessage({ type: 'ready' });
