// Turns the kernel's answers (engine/inspection.ts) into LSP results: hover markdown, completion items,
// signature help; and checks a cell's source for syntax errors and unsupported features as it is typed.
import {
  CompletionItemKind,
  DiagnosticSeverity,
  MarkupKind,
  type CompletionItem,
  type Diagnostic,
  type Hover,
  type SignatureHelp,
} from 'vscode-languageserver/node';
import { diagnose } from '../../engine/python/diagnostics';
import { activeParameter, PYTHON_KEYWORDS } from './cellContext';
import type { CallableSignature, CompletionEntry, HoverInfo } from './protocol';

const MAX_PREVIEW_LINES = 12;

function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

function shape(dims: readonly number[]): string {
  return `[${dims.join(', ')}]`;
}

function signatureLabel(signature: CallableSignature): string {
  return `${signature.name}(${signature.parameters.join(', ')})`;
}

function fenced(text: string): string {
  const lines = text.split('\n');
  const shown = lines.length > MAX_PREVIEW_LINES ? [...lines.slice(0, MAX_PREVIEW_LINES), '…'] : lines;
  return ['```text', ...shown, '```'].join('\n');
}

export function hoverMarkdown(info: HoverInfo): Hover {
  const parts: string[] = [];
  const tensor = info.tensor;
  if (tensor) {
    parts.push(`**${info.expression}**: ${code(info.type)} · shape ${code(shape(tensor.shape))} · ${code(tensor.dtype)}`);
    parts.push(
      [
        `requires_grad=${tensor.requiresGrad ? 'True' : 'False'}`,
        `is_leaf=${tensor.isLeaf ? 'True' : 'False'}`,
        `grad_fn=${tensor.gradFn ?? 'None'}`,
      ].join(' · '),
    );
    parts.push(tensor.grad ? `grad: shape ${code(shape(tensor.grad.shape))}, norm ${tensor.grad.norm.toPrecision(6)}` : 'grad: None');
    parts.push(fenced(tensor.preview));
    return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n') } };
  }
  parts.push(`**${info.expression}**: ${code(info.type)}`);
  if (info.signature) {
    parts.push(fenced(signatureLabel(info.signature)));
    if (info.signature.doc) parts.push(info.signature.doc);
  }
  if (info.parameters && info.totalParameters !== undefined) {
    const rows = info.parameters.map((parameter) => `| ${parameter.name} | ${shape(parameter.shape)} | ${parameter.count} |`);
    parts.push([`${info.totalParameters} parameters`, '', '| parameter | shape | count |', '|---|---|---|', ...rows].join('\n'));
  }
  if (info.repr !== undefined && !info.signature) parts.push(fenced(info.repr));
  if (info.note) parts.push(`_${info.note}_`);
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n') } };
}

const KINDS: Record<CompletionEntry['kind'], CompletionItemKind> = {
  variable: CompletionItemKind.Variable,
  tensor: CompletionItemKind.Variable,
  module: CompletionItemKind.Field,
  function: CompletionItemKind.Function,
  method: CompletionItemKind.Method,
  property: CompletionItemKind.Property,
  class: CompletionItemKind.Class,
  package: CompletionItemKind.Module,
};

/**
 * Completion items for `prefix`: private names only once the user types `_`; keywords with bare names.
 * Items sort public names first, then `_x`, then dunders, each alphabetically.
 */
export function completionItems(entries: readonly CompletionEntry[], prefix: string, withKeywords: boolean): CompletionItem[] {
  const items = new Map<string, CompletionItem>();
  const rank = (name: string) => (name.startsWith('__') ? 2 : name.startsWith('_') ? 1 : 0);
  for (const entry of entries) {
    if (items.has(entry.name) || (entry.name.startsWith('_') && !prefix.startsWith('_'))) continue;
    items.set(entry.name, {
      label: entry.name,
      kind: KINDS[entry.kind],
      ...(entry.detail ? { detail: entry.detail } : {}),
      sortText: `${rank(entry.name)}${entry.name}`,
    });
  }
  if (withKeywords) {
    for (const keyword of PYTHON_KEYWORDS) {
      if (!items.has(keyword)) items.set(keyword, { label: keyword, kind: CompletionItemKind.Keyword, sortText: `0${keyword}` });
    }
  }
  return [...items.values()];
}

export function signatureHelp(signature: CallableSignature, argument: number, keyword: string | undefined): SignatureHelp {
  const label = signatureLabel(signature);
  let at = signature.name.length + 1;
  const parameters = signature.parameters.map((parameter) => {
    const range: [number, number] = [at, at + parameter.length];
    at += parameter.length + 2;
    return { label: range };
  });
  const active = activeParameter(signature.parameters, argument, keyword);
  return {
    signatures: [{ label, parameters, ...(signature.doc ? { documentation: signature.doc } : {}) }],
    activeSignature: 0,
    // An index past the end shows no parameter highlighted (e.g. in the keyword-only part).
    activeParameter: active ?? parameters.length,
  };
}

/** Syntax errors and unsupported features in a cell, where and as the kernel would report them on running it. */
export function cellDiagnostics(source: string): Diagnostic[] {
  return diagnose(source).map((found) => ({
    range: { start: { line: found.line - 1, character: found.column }, end: { line: found.endLine - 1, character: found.endColumn } },
    severity: found.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: 'agnb',
    message: found.message,
  }));
}
