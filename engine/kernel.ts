// A kernel: one notebook's interpreter state plus Jupyter's execution bookkeeping (execution counts, outputs
// in nbformat's shapes). Hosts (the kernel worker, tests, a future web worker) feed it code and get outputs.
import { figureSvg } from './python/stdlib/matplotlib';
import { Interpreter, type HostFiles } from './python/index';
import type { PyValue } from './python/objects/core';
import { runtime } from './python/runtime';
import { trackNodeOrigins, type NodeOrigin } from './tensor/autograd/node';
import {
  MODULE_MIME,
  TENSOR_MIME,
  autogradGraph,
  describeTensor,
  isModule,
  lookupPath,
  moduleParameters,
  modulePayload,
  namedTensors,
  tensorDescription,
  tensorPayload,
  type AutogradGraph,
  type ModuleOutput,
  type ModulePayload,
  type TensorDescription,
  type TensorOutput,
  type TensorPayload,
} from './torch/index';
import { PyTensor } from './torch/tensorObject';
import { NO_OUTPUT_LIMITS, OutputBudget, type OutputLimits } from './outputBudget';
import { answer, type CallableSignature, type CompletionEntry, type HoverInfo, type InspectAnswers, type InspectQuery } from './inspection';

export type { CallableSignature, CompletionEntry, HoverInfo, InspectAnswers, InspectQuery, OutputLimits };

export interface StreamOutput {
  output_type: 'stream';
  name: 'stdout' | 'stderr';
  text: string;
}
export interface ExecuteResultOutput {
  output_type: 'execute_result';
  /** MIME type -> content; text/plain is always present. */
  data: Record<string, string>;
}
/** A rich output shown during or after a cell (a plot): nbformat's display_data. */
export interface DisplayDataOutput {
  output_type: 'display_data';
  /** MIME type -> content (e.g. image/svg+xml); text/plain is always present. */
  data: Record<string, string>;
}
export interface ErrorOutput {
  output_type: 'error';
  ename: string;
  evalue: string;
  traceback: string[];
}
export type CellOutput = StreamOutput | ExecuteResultOutput | DisplayDataOutput | ErrorOutput;

export interface ExecuteOptions {
  /**
   * 'cell' (default): a notebook cell, named `Cell [n]` in tracebacks, its last expression displayed.
   * 'script': part of a Python file run as a script (`File "name.py"` in tracebacks, nothing displayed),
   * so output matches `python3 name.py`.
   */
  mode?: 'cell' | 'script';
  /** For 'script': the file name shown in tracebacks. */
  fileName?: string;
  /** For 'script': the line in the file where this code starts (0-based), so tracebacks show file lines. */
  lineOffset?: number;
}

export interface ExecuteReply {
  executionCount: number;
  status: 'ok' | 'error';
  /** Every output of the execution, streams coalesced, in the order they were produced. */
  outputs: CellOutput[];
}

/** What the inspector and hovers show for one name in the namespace. */
export interface VariableInfo {
  name: string;
  type: string;
  /** repr(), truncated. */
  value: string;
  /** Present for tensors. */
  tensor?: TensorDescription;
  /** Present for nn.Modules: their parameters by dotted name, as named_parameters() lists them. */
  parameters?: Array<{ name: string; tensor: TensorDescription }>;
}

/** What the inspector shows for the name it selected: sampled values, grad and autograd graph, or a module tree. */
export interface VariableDetail {
  name: string;
  tensor?: TensorPayload;
  grad?: TensorPayload | null;
  graph?: AutogradGraph;
  module?: ModulePayload;
}

export interface KernelHost {
  /** Streams text as it is written, before execute() returns (the notebook shows it live). */
  write(stream: 'stdout' | 'stderr', text: string): void;
  /** Polled while code runs; true raises KeyboardInterrupt in the running cell. */
  interruptRequested(): boolean;
  /** The files cells may read and write (torch.save/torch.load), relative to the notebook's directory. Optional. */
  files?: HostFiles;
}

/** Listing names runs no code; the budget only bounds the inspection mode it is read in. */
const NAMES_BUDGET_MS = 1000;

export class Kernel {
  private readonly interpreter: Interpreter;
  private executionCount = 0;
  private outputs: CellOutput[] = [];
  private budget = new OutputBudget(NO_OUTPUT_LIMITS);
  /** How much a cell may print (settings); applies from the next execution. */
  outputLimits: OutputLimits = NO_OUTPUT_LIMITS;
  /** Execution count of each cell run so far, by the origin its code runs under (`Cell [3]`). */
  private readonly cellCounts = new Map<string, number>();
  /** Where the running code is, for the autograd nodes it creates: a cell and line, or none in a script. */
  private readonly nodeOrigin = (): NodeOrigin | undefined => {
    const frame = runtime.currentFrame();
    const cell = frame && this.cellCounts.get(frame.code.unit.origin);
    return cell === undefined ? undefined : { cell, line: frame!.line };
  };
  /** Scripts run as `python3 file.py` would, where plt.show() shows nothing. */
  private displaying = true;

  constructor(private readonly host: KernelHost) {
    this.interpreter = new Interpreter({
      write: (stream, text) => this.write(stream, text),
      interruptRequested: () => host.interruptRequested(),
      ...(host.files ? { files: host.files } : {}),
      display: (data) => {
        if (this.displaying) this.outputs.push({ output_type: 'display_data', data });
      },
    });
  }

  execute(code: string, options: ExecuteOptions = {}): ExecuteReply {
    const executionCount = ++this.executionCount;
    this.outputs = [];
    this.budget = new OutputBudget(this.outputLimits);
    const script = options.mode === 'script';
    const origin = script ? `File "${options.fileName ?? '<string>'}"` : `Cell [${executionCount}]`;
    if (!script) this.cellCounts.set(origin, executionCount);
    trackNodeOrigins(this.nodeOrigin);
    this.displaying = !script;
    const outcome = this.interpreter.run(code, {
      origin,
      lineOffset: script ? (options.lineOffset ?? 0) : 0,
      displayLastExpression: !script,
    });
    if (!outcome.ok) this.outputs.push({ output_type: 'error', ...outcome.error });
    else {
      const display = outcome.display === undefined ? '' : this.budget.take(outcome.display);
      if (display !== '') this.outputs.push({ output_type: 'execute_result', data: richData(outcome.value, display) });
    }
    // Jupyter's post-execute step (figures the cell left open are shown) runs after the result, even after an error.
    const hookError = this.interpreter.endCell();
    const outputs = this.outputs;
    this.outputs = [];
    if (hookError) outputs.push({ output_type: 'error', ...hookError });
    return { executionCount, status: outcome.ok && !hookError ? 'ok' : 'error', outputs };
  }

  /** The notebook's names, without imported modules (they are tools, not state). */
  variables(): VariableInfo[] {
    return this.interpreter
      .namespace()
      .filter((entry) => entry.typeName !== 'module')
      .map((entry) => {
        const variable: VariableInfo = { name: entry.name, type: entry.typeName, value: entry.repr };
        const tensor = describeTensor(entry.value);
        if (tensor) variable.tensor = tensor;
        if (isModule(entry.value)) {
          variable.parameters = moduleParameters(entry.value).map(([name, parameter]) => ({ name, tensor: tensorDescription(parameter) }));
        }
        return variable;
      });
  }

  /**
   * Hovers (`model.fc1.weight` described), completions (the attributes of a chain's value, or the notebook's
   * names) and signatures, from live state without running notebook code.
   */
  inspect<K extends InspectQuery['kind']>(query: Extract<InspectQuery, { kind: K }>): InspectAnswers[K] {
    return answer(this.interpreter, query);
  }

  /** Details of `path` (a name, or a module's parameter as `model.linear.weight`); undefined if it names nothing. */
  describe(path: string): VariableDetail | undefined {
    const namespace = this.names();
    const value = lookupPath(namespace, path);
    if (value instanceof PyTensor) {
      const tensor = value.tensor;
      return {
        name: path,
        tensor: tensorPayload(tensor),
        grad: tensor.gradValue ? tensorPayload(tensor.gradValue) : null,
        graph: autogradGraph(tensor, path, namedTensors(namespace)),
      };
    }
    if (value !== undefined && isModule(value)) return { name: path, module: modulePayload(value) };
    return value === undefined ? undefined : { name: path };
  }

  /** The notebook's public names and their values, without the reprs `variables()` lists (read natively). */
  private names(): Array<{ name: string; value: PyValue }> {
    return this.interpreter.inspect(
      (scope) => [...scope.globals].filter(([name]) => !name.startsWith('_')).map(([name, value]) => ({ name, value })),
      NAMES_BUDGET_MS,
    );
  }

  private write(stream: 'stdout' | 'stderr', written: string): void {
    const text = this.budget.take(written);
    if (text === '') return;
    const last = this.outputs[this.outputs.length - 1];
    if (last?.output_type === 'stream' && last.name === stream) last.text += text;
    else this.outputs.push({ output_type: 'stream', name: stream, text });
    this.host.write(stream, text);
  }
}

/** A displayed value's MIME bundle: PyTorch's text, plus a payload the notebook renders for tensors and modules. */
function richData(value: PyValue | undefined, text: string): Record<string, string> {
  const data: Record<string, string> = { 'text/plain': text };
  if (value instanceof PyTensor) {
    const output: TensorOutput = { ...tensorPayload(value.tensor), text };
    data[TENSOR_MIME] = JSON.stringify(output);
  } else if (value !== undefined && isModule(value)) {
    const output: ModuleOutput = { ...modulePayload(value), text };
    data[MODULE_MIME] = JSON.stringify(output);
  } else {
    // A figure as a cell's value shows as its picture, as IPython's figure formatter does.
    const svg = value === undefined ? undefined : figureSvg(value);
    if (svg !== undefined) data['image/svg+xml'] = svg;
  }
  return data;
}
