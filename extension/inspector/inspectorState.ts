// What the inspector webview displays; posted to it as JSON. No `vscode` import: the webview shares it.
import type { VariableInfo } from '../../engine/kernel';

export interface InspectorState {
  /** The notebook's file name, or undefined when no Autograd notebook is active. */
  notebook: string | undefined;
  kernelState: string;
  variables: VariableInfo[];
}

export type ToWebview = { type: 'state'; state: InspectorState };
export type FromWebview = { type: 'ready' } | { type: 'rendered'; names: string[] };
