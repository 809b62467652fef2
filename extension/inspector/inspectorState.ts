// What the inspector webview displays and the messages it exchanges with the extension, as JSON. No `vscode`
// import: the webview shares it.
import type { VariableDetail, VariableInfo } from '../../engine/kernel';
import type { NodeOrigin } from '../../engine/tensor/autograd/node';

export interface InspectorState {
  /** The notebook's file name, or undefined when no Autograd notebook is active. */
  notebook: string | undefined;
  kernelState: string;
  variables: VariableInfo[];
}

export type ToWebview =
  | { type: 'state'; state: InspectorState }
  /** The selected name's values, grad and graph; result null when the name no longer exists. */
  | { type: 'detail'; name: string; result: VariableDetail | null };

export type FromWebview =
  | { type: 'ready' }
  | { type: 'rendered'; names: string[] }
  | { type: 'select'; name: string }
  /** A graph node was activated: show the cell and line that created it. */
  | { type: 'reveal'; origin: NodeOrigin; label: string };
