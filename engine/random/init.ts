// Bounds of PyTorch's default parameter initialisation (nn.Linear, nn.Conv*): the weight is
// kaiming_uniform_(a=sqrt(5)) and the bias uniform(-1/sqrt(fan_in), 1/sqrt(fan_in)).
// Evaluated in the same order as torch.nn.init so the float32-cast bounds match bit for bit.

/** kaiming_uniform_'s bound for leaky_relu with negative slope `a`, mode fan_in. */
export function kaimingUniformBound(fanIn: number, a = Math.sqrt(5)): number {
  const gain = Math.sqrt(2 / (1 + a * a));
  const std = gain / Math.sqrt(fanIn);
  return Math.sqrt(3) * std;
}

/** nn.Linear / nn.Conv reset_parameters: weight and bias are drawn uniform(-bound, bound), weight first. */
export function linearInitBounds(fanIn: number): { weight: number; bias: number } {
  return { weight: kaimingUniformBound(fanIn), bias: fanIn > 0 ? 1 / Math.sqrt(fanIn) : 0 };
}
