# torch.nn.utils for agnb Python: gradient clipping and flattening parameters to one vector, with the same
# tensor operations, in the same order, as PyTorch 1.13, so clipped gradients match it bit for bit.


def _with_grads(parameters):
    import torch
    if isinstance(parameters, torch.Tensor):
        parameters = [parameters]
    return [p for p in parameters if p.grad is not None]


def clip_grad_norm_(parameters, max_norm, norm_type=2.0, error_if_nonfinite=False):
    import torch
    parameters = _with_grads(parameters)
    max_norm = float(max_norm)
    norm_type = float(norm_type)
    if len(parameters) == 0:
        return torch.tensor(0.)
    if norm_type == float('inf'):
        norms = [p.grad.detach().abs().max() for p in parameters]
        total_norm = norms[0] if len(norms) == 1 else torch.max(torch.stack(norms))
    else:
        total_norm = torch.norm(torch.stack([torch.norm(p.grad.detach(), norm_type) for p in parameters]), norm_type)
    if error_if_nonfinite and torch.logical_or(total_norm.isnan(), total_norm.isinf()):
        raise RuntimeError(
            f'The total norm of order {norm_type} for gradients from `parameters` is non-finite, so it cannot be '
            'clipped. To disable this error and scale the gradients by the non-finite norm anyway, set '
            '`error_if_nonfinite=False`')
    clip_coef = max_norm / (total_norm + 1e-6)
    clip_coef_clamped = torch.clamp(clip_coef, max=1.0)
    for p in parameters:
        p.grad.detach().mul_(clip_coef_clamped)
    return total_norm


def clip_grad_value_(parameters, clip_value):
    clip_value = float(clip_value)
    for p in _with_grads(parameters):
        p.grad.data.clamp_(min=-clip_value, max=clip_value)


def parameters_to_vector(parameters):
    import torch
    return torch.cat([p.view(-1) for p in parameters])


def vector_to_parameters(vec, parameters):
    import torch
    if not isinstance(vec, torch.Tensor):
        raise TypeError(f'expected torch.Tensor, but got: {type(vec).__name__}')
    pointer = 0
    # PyTorch rebinds each parameter's .data to a slice of vec; agnb copies the values in (no aliasing).
    with torch.no_grad():
        for param in parameters:
            n = param.numel()
            param.copy_(vec[pointer:pointer + n].view_as(param))
            pointer += n


def __getattr__(name):
    """torch.nn.utils.rnn loads on first use."""
    if name == 'rnn':
        import torch.nn.utils.rnn as rnn
        return rnn
    raise AttributeError(f"module 'torch.nn.utils' has no attribute '{name}'")
