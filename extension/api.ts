// What the extension returns from activate(): used by the integration tests (and other extensions) to see
// what the kernel holds and what the inspector displays.
import type * as vscode from 'vscode';
import type { VariableInfo } from '../engine/kernel';
import type { InspectorState } from './inspector/inspectorState';

export interface AgnbExtensionApi {
  /** The names the notebook's kernel holds, after every queued execution finished. */
  variables(notebook: vscode.Uri): Promise<VariableInfo[]>;
  inspector: {
    readonly isOpen: boolean;
    /** The state last sent to the inspector webview. */
    readonly state: InspectorState | undefined;
    /** The variable names the webview reported as rendered rows, in order. */
    readonly renderedNames: string[] | undefined;
    readonly onDidRender: vscode.Event<string[]>;
  };
}
