// An nn.Module as a tree: each submodule with its type and parameter counts (its own and its subtree's), and
// its parameters with their shapes. Shared by the notebook renderer and the inspector.
import type { ModulePayload, ModuleTreeNode } from '../../engine/torch/inspect';
import { element, shapeText } from './charts';

const count = (n: number) => n.toLocaleString('en-US');

function treeItem(node: ModuleTreeNode): HTMLLIElement {
  const item = element('li');
  item.setAttribute('role', 'treeitem');
  const line = element('div');
  if (node.name) line.append(element('span', node.name, 'agnb-module-name'), ': ');
  line.append(element('span', node.type, 'agnb-module-type'));
  const total = node.totalCount === 0 ? 'no parameters' : `${count(node.totalCount)} parameter${node.totalCount === 1 ? '' : 's'}`;
  const own = node.ownCount > 0 && node.ownCount !== node.totalCount ? ` (${count(node.ownCount)} its own)` : '';
  line.append(element('span', `  ${total}${own}`, 'agnb-count'));
  item.append(line);
  if (node.parameters.length > 0 || node.children.length > 0) {
    const group = element('ul');
    group.setAttribute('role', 'group');
    for (const parameter of node.parameters) {
      const text = `${parameter.name} ${shapeText(parameter.shape)} ${parameter.dtype.replace(/^torch\./, '')} · ${count(parameter.count)}${parameter.requiresGrad ? '' : ' (frozen)'}`;
      group.append(element('li', text, 'agnb-parameter'));
    }
    for (const child of node.children) group.append(treeItem(child));
    item.append(group);
  }
  return item;
}

export function moduleTree(module: ModulePayload): HTMLElement {
  const container = element('div', undefined, 'agnb-module');
  const total = module.root.totalCount;
  const trainable = total === module.trainableCount ? 'all trainable' : `${count(module.trainableCount)} trainable`;
  container.append(element('div', `${module.root.type}: ${count(total)} parameters (${trainable})`, 'agnb-total'));
  const tree = element('ul', undefined, 'agnb-tree');
  tree.setAttribute('role', 'tree');
  tree.setAttribute('aria-label', `${module.root.type} submodules and parameters`);
  tree.append(treeItem(module.root));
  container.append(tree);
  return container;
}
