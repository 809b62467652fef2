// Whether operations record the graph: torch.no_grad / enable_grad / set_grad_enabled / inference_mode.

let enabled = true;

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
