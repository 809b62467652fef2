// The notebook renderer for tensor and module results (application/vnd.agnb.tensor+json and
// application/vnd.agnb.module+json): shape and dtype badge, autograd chips, a heatmap or line of the values,
// and PyTorch's text below; modules as a tree with parameter counts. Loaded by VS Code as an ES module.
import type { ModuleOutput, TensorOutput } from '../../engine/torch/inspect';
import { element, tensorBadges, tensorChart } from '../shared/charts';
import { moduleTree } from '../shared/moduleTree';
import sharedStyles from '../shared/views.css';
import rendererStyles from './renderer.css';

/** The parts of VS Code's renderer API used here (vscode-notebook-renderer). */
interface OutputItem {
  readonly mime: string;
  json(): unknown;
}
interface RendererApi {
  renderOutputItem(item: OutputItem, element: HTMLElement): void;
  disposeOutputItem?(id?: string): void;
}

function installStyles(): void {
  if (document.getElementById('agnb-renderer-styles')) return;
  const style = element('style', `${sharedStyles}\n${rendererStyles}`);
  style.id = 'agnb-renderer-styles';
  document.head.append(style);
}

/** PyTorch's text, folded away for large values so the chart stays in view. */
function textBlock(text: string): HTMLElement {
  const pre = element('pre', text);
  if (text.split('\n').length <= 12) return pre;
  const details = element('details');
  details.append(element('summary', 'PyTorch text'), pre);
  return details;
}

function renderTensor(tensor: TensorOutput): HTMLElement {
  const output = element('div', undefined, 'agnb-output agnb-tensor');
  output.append(tensorBadges(tensor), tensorChart(tensor, 'tensor'), textBlock(tensor.text));
  return output;
}

function renderModule(module: ModuleOutput): HTMLElement {
  const output = element('div', undefined, 'agnb-output agnb-module-output');
  output.append(moduleTree(module), textBlock(module.text));
  return output;
}

export function activate(): RendererApi {
  installStyles();
  return {
    renderOutputItem(item, target) {
      const payload = item.json() as TensorOutput | ModuleOutput;
      target.replaceChildren(payload.kind === 'module' ? renderModule(payload) : renderTensor(payload));
    },
  };
}
