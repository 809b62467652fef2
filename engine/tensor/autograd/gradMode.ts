// Whether operations record the graph: torch.no_grad / enable_grad / set_grad_enabled / inference_mode.

let enabled = true;

/** Inside torch.inference_mode(): tensors created then are inference tensors, which autograd refuses to save. */
let inferenceMode = false;

export function isInferenceMode(): boolean {
  return inferenceMode;
}

export function setInferenceMode(value: boolean): void {
  inferenceMode = value;
}

export function isGradEnabled(): boolean {
  return enabled;
}

export function setGradEnabled(value: boolean): void {
  enabled = value;
}

/** Runs `body` with grad mode set to `value`, restoring the previous mode however it exits. */
export function withGradMode<T>(value: boolean, body: () => T): T {
  const previous = enabled;
  enabled = value;
  try {
    return body();
  } finally {
    enabled = previous;
  }
}
