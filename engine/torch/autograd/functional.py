# torch.autograd.functional: Jacobians, Hessians and vector products of a Python function, computed with
# torch.autograd.grad in the order PyTorch's reference (non-vectorized, reverse-mode) implementation uses, so
# results, errors and graphs match it.
import torch


def _as_tuple(value, arg_name, fn_name):
    is_tuple = isinstance(value, tuple)
    values = value if is_tuple else (value,)
    for i, el in enumerate(values):
        if not isinstance(el, torch.Tensor):
            if is_tuple:
                raise TypeError(f"The {arg_name} given to {fn_name} must be either a Tensor or a tuple of Tensors but the"
                                f" value at index {i} has type {type(el)}.")
            raise TypeError(f"The {arg_name} given to {fn_name} must be either a Tensor or a tuple of Tensors but the"
                            f" given {arg_name} has type {type(el)}.")
    return is_tuple, values


def _unpack(result, keep_tuple):
    """A tuple of results as the caller passed its inputs: a lone tensor when they were not a tuple."""
    if isinstance(keep_tuple, tuple):
        outputs_tuple, inputs_tuple = keep_tuple
        if not inputs_tuple:
            result = tuple(el[0] for el in result)
        if not outputs_tuple:
            result = result[0]
        return result
    return result if keep_tuple else result[0]


def _prepare_inputs(inputs, create_graph, need_graph):
    """Inputs the function runs on: views keep a graph back to the caller's tensors only when create_graph asks."""
    prepared = []
    for inp in inputs:
        if create_graph and inp.requires_grad:
            prepared.append(inp.view_as(inp))
        else:
            prepared.append(inp.detach().requires_grad_(need_graph))
    return tuple(prepared)


def _finish(values, create_graph):
    """Results leave the function detached unless create_graph asked for a graph through them."""
    if isinstance(values[0], torch.Tensor):
        return tuple(v if create_graph else v.detach() for v in values)
    return tuple(_finish(v, create_graph) for v in values)


def _check_v(v, other, other_is_tuple):
    if len(other) != len(v):
        if other_is_tuple:
            raise RuntimeError(f"v is a tuple of invalid length: should be {len(other)} but got {len(v)}.")
        raise RuntimeError("The given v should contain a single Tensor.")
    for idx, (el_v, el_other) in enumerate(zip(v, other)):
        if el_v.size() != el_other.size():
            prefix = f"Entry {idx} in " if other_is_tuple else ""
            raise RuntimeError(f"{prefix}v has invalid size: should be {el_other.size()} but got {el_v.size()}.")


def _check_requires_grad(tensors, kind, strict):
    if not strict:
        return
    if kind not in ("outputs", "grad_inputs", "jacobian", "hessian"):
        raise RuntimeError("Invalid input_type to _check_requires_grad")
    for i, t in enumerate(tensors):
        if t is None:
            raise RuntimeError(f"The output of the user-provided function is independent of input {i}."
                               " This is not allowed in strict mode.")
        if not t.requires_grad:
            if kind == "hessian":
                raise RuntimeError(f"The hessian of the user-provided function with respect to input {i}"
                                   " is independent of the input. This is not allowed in strict mode."
                                   " You should ensure that your function is thrice differentiable and that"
                                   " the hessian depends on the inputs.")
            if kind == "jacobian":
                raise RuntimeError("While computing the hessian, found that the jacobian of the user-provided"
                                   f" function with respect to input {i} is independent of the input. This is not"
                                   " allowed in strict mode. You should ensure that your function is twice"
                                   " differentiable and that the jacobian depends on the inputs (this would be"
                                   " violated by a linear function for example).")
            if kind == "grad_inputs":
                raise RuntimeError(f"The gradient with respect to input {i} is independent of the inputs of the"
                                   " user-provided function. This is not allowed in strict mode.")
            raise RuntimeError(f"Output {i} of the user-provided function does not require gradients."
                               " The outputs must be computed in a differentiable manner from the input"
                               " when running in strict mode.")


def _grad(outputs, inputs, grad_outputs=None, create_graph=False, retain_graph=None):
    """torch.autograd.grad over the outputs that require grad; None for inputs they do not reach."""
    if grad_outputs is None:
        grad_outputs = (None,) * len(outputs)
    used = [(out, g) for out, g in zip(outputs, grad_outputs) if out is not None and out.requires_grad]
    if len(used) == 0:
        return (None,) * len(inputs)
    return torch.autograd.grad(tuple(out for out, _ in used), inputs, tuple(g for _, g in used), allow_unused=True,
                               create_graph=create_graph, retain_graph=retain_graph)


def _zeros_for_missing(grads, refs, strict, create_graph, stage):
    result = []
    for i, (grad, ref) in enumerate(zip(grads, refs)):
        if grad is None:
            if strict:
                if stage == "back":
                    raise RuntimeError(f"The output of the user-provided function is independent of input {i}."
                                       " This is not allowed in strict mode.")
                if stage == "back_trick":
                    raise RuntimeError(f"The gradient with respect to the input is independent of entry {i}"
                                       " in the grad_outputs when using the double backward trick to compute"
                                       " forward mode gradients. This is not allowed in strict mode.")
                if stage == "double_back":
                    raise RuntimeError(f"The jacobian of the user-provided function is independent of input {i}."
                                       " This is not allowed in strict mode.")
                raise RuntimeError(f"The hessian of the user-provided function is independent of entry {i}"
                                   " in the grad_jacobian. This is not allowed in strict mode as it prevents"
                                   " from using the double backward trick to replace forward mode AD.")
            grad = torch.zeros_like(ref)
        elif strict and create_graph and not grad.requires_grad:
            if "double" not in stage:
                raise RuntimeError(f"The jacobian of the user-provided function is independent of input {i}."
                                   " This is not allowed in strict mode when create_graph=True.")
            raise RuntimeError(f"The hessian of the user-provided function is independent of input {i}."
                               " This is not allowed in strict mode when create_graph=True.")
        result.append(grad)
    return tuple(result)


_V_FROM_OUTPUTS = ("The vector v can only be None if the user-provided function returns a single Tensor with"
                   " a single element.")
_V_FROM_INPUTS = ("The vector v can only be None if the input to the user-provided function is a single Tensor"
                  " with a single element.")


def _vector(v, refs, refs_tuple, create_graph, fn_name, none_message):
    """The vector of a vector product as a tuple checked against `refs`; None only where one element makes it 1."""
    if v is None:
        if len(refs) != 1 or refs[0].nelement() != 1:
            raise RuntimeError(none_message)
        return None
    _, v = _as_tuple(v, "v", fn_name)
    v = _prepare_inputs(v, create_graph=create_graph, need_graph=False)
    _check_v(v, refs, refs_tuple)
    return v


def _call(func, inputs, create_graph, strict, fn_name):
    """Runs func on prepared inputs: (inputs were a tuple, inputs, outputs were a tuple, outputs)."""
    inputs_tuple, inputs = _as_tuple(inputs, "inputs", fn_name)
    inputs = _prepare_inputs(inputs, create_graph=create_graph, need_graph=True)
    outputs_tuple, outputs = _as_tuple(func(*inputs), "outputs of the user-provided function", fn_name)
    _check_requires_grad(outputs, "outputs", strict=strict)
    return inputs_tuple, inputs, outputs_tuple, outputs


def _product(outputs, outputs_tuple, of, wrt, v, inputs, inputs_tuple, strict, create_graph, stage):
    """The last backward pass of a vector product, and the results as the caller gave its inputs and outputs."""
    with torch.set_grad_enabled(True if create_graph else torch.is_grad_enabled()):
        grads = _grad(of, wrt, v, create_graph=create_graph)
        result = _zeros_for_missing(grads, inputs, strict, create_graph, stage)
    return _unpack(_finish(outputs, create_graph), outputs_tuple), _unpack(_finish(result, create_graph), inputs_tuple)


def vjp(func, inputs, v=None, create_graph=False, strict=False):
    with torch.enable_grad():
        inputs_tuple, inputs, outputs_tuple, outputs = _call(func, inputs, create_graph, strict, "vjp")
        v = _vector(v, outputs, outputs_tuple, create_graph, "vjp", _V_FROM_OUTPUTS)
    return _product(outputs, outputs_tuple, outputs, inputs, v, inputs, inputs_tuple, strict, create_graph, "back")


def jvp(func, inputs, v=None, create_graph=False, strict=False):
    with torch.enable_grad():
        inputs_tuple, inputs = _as_tuple(inputs, "inputs", "jvp")
        inputs = _prepare_inputs(inputs, create_graph=create_graph, need_graph=True)
        v = _vector(v, inputs, inputs_tuple, create_graph, "jvp", _V_FROM_INPUTS)
        outputs = func(*inputs)
        outputs_tuple, outputs = _as_tuple(outputs, "outputs of the user-provided function", "jvp")
        _check_requires_grad(outputs, "outputs", strict=strict)
        # Forward mode through two reverse passes: the gradient of (grad_outputs -> vjp) applied to v.
        grad_outputs = tuple(torch.zeros_like(out, requires_grad=True) for out in outputs)
        grad_inputs = _grad(outputs, inputs, grad_outputs, create_graph=True)
        _check_requires_grad(grad_inputs, "grad_inputs", strict=strict)
    return _product(outputs, outputs_tuple, grad_inputs, grad_outputs, v, outputs, outputs_tuple, strict, create_graph, "back_trick")


def jacobian(func, inputs, create_graph=False, strict=False, vectorize=False, strategy="reverse-mode"):
    if strategy not in ("forward-mode", "reverse-mode"):
        raise AssertionError('Expected strategy to be either "forward-mode" or "reverse-mode". Hint: If your '
                             'function has more outputs than inputs, "forward-mode" tends to be more performant. '
                             'Otherwise, prefer to use "reverse-mode".')
    if strategy == "forward-mode" or vectorize:
        raise NotImplementedError("agnb: jacobian computes reverse-mode, non-vectorized Jacobians only "
                                  "(leave strategy and vectorize at their defaults)")
    with torch.enable_grad():
        inputs_tuple, inputs, outputs_tuple, outputs = _call(func, inputs, create_graph, strict, "jacobian")
        jacobians = ()
        for i, out in enumerate(outputs):
            rows = tuple([] for _ in inputs)
            flat = out.reshape(-1)
            for j in range(out.nelement()):
                row = _grad((flat[j],), inputs, retain_graph=True, create_graph=create_graph)
                for k, (grad, inp) in enumerate(zip(row, inputs)):
                    if grad is not None:
                        if strict and create_graph and not grad.requires_grad:
                            raise RuntimeError("The jacobian of the user-provided function is not differentiable"
                                               f" with respect to input {k}. This is not allowed in strict mode"
                                               " when create_graph=True.")
                        rows[k].append(grad)
                    else:
                        if strict:
                            raise RuntimeError(f"Output {i} of the user-provided function is independent of input"
                                               f" {k}. This is not allowed in strict mode.")
                        rows[k].append(torch.zeros_like(inp))
            jacobians += (tuple(torch.stack(rows[k], dim=0).view(out.size() + inputs[k].size())
                                for k in range(len(inputs))),)
        return _unpack(_finish(jacobians, create_graph), (outputs_tuple, inputs_tuple))


def hessian(func, inputs, create_graph=False, strict=False, vectorize=False, outer_jacobian_strategy="reverse-mode"):
    inputs_tuple, inputs = _as_tuple(inputs, "inputs", "hessian")
    if outer_jacobian_strategy not in ("forward-mode", "reverse-mode"):
        raise AssertionError('Expected strategy to be either "forward-mode" or "reverse-mode".')

    def single_output(*inp):
        out = func(*inp)
        out_tuple, outs = _as_tuple(out, "outputs of the user-provided function", "hessian")
        _check_requires_grad(outs, "outputs", strict=strict)
        if out_tuple or not isinstance(out, torch.Tensor):
            raise RuntimeError("The function given to hessian should return a single Tensor")
        if out.nelement() != 1:
            raise RuntimeError("The Tensor returned by the function given to hessian should contain a single element")
        return out.squeeze()

    def gradient(*inp):
        jac = jacobian(single_output, inp, create_graph=True)
        _check_requires_grad(jac, "jacobian", strict=strict)
        return jac

    result = jacobian(gradient, inputs, create_graph=create_graph, strict=strict, vectorize=vectorize,
                      strategy=outer_jacobian_strategy)
    return _unpack(result, (inputs_tuple, inputs_tuple))


def _single_output(func, inputs, name):
    outputs = func(*inputs)
    outputs_tuple, outputs = _as_tuple(outputs, "outputs of the user-provided function", name)
    if outputs_tuple or not isinstance(outputs[0], torch.Tensor):
        raise RuntimeError(f"The function given to {name} should return a single Tensor")
    if outputs[0].nelement() != 1:
        raise RuntimeError(f"The Tensor returned by the function given to {name} should contain a single element")
    return outputs_tuple, outputs


def _gradient_of_scalar(func, inputs, v, create_graph, strict, fn_name):
    """What vhp and hvp start from: the inputs, v, the function's single-element output and its gradient."""
    inputs_tuple, inputs = _as_tuple(inputs, "inputs", fn_name)
    inputs = _prepare_inputs(inputs, create_graph=create_graph, need_graph=True)
    v = _vector(v, inputs, inputs_tuple, create_graph, fn_name, _V_FROM_INPUTS)
    outputs_tuple, outputs = _single_output(func, inputs, fn_name)
    _check_requires_grad(outputs, "outputs", strict=strict)
    jac = _grad(outputs, inputs, create_graph=True)
    _check_requires_grad(jac, "jacobian", strict=strict)
    return inputs_tuple, inputs, v, outputs_tuple, outputs, jac


def vhp(func, inputs, v=None, create_graph=False, strict=False):
    with torch.enable_grad():
        inputs_tuple, inputs, v, outputs_tuple, outputs, jac = _gradient_of_scalar(func, inputs, v, create_graph, strict, "vhp")
    return _product(outputs, outputs_tuple, jac, inputs, v, inputs, inputs_tuple, strict, create_graph, "double_back")


def hvp(func, inputs, v=None, create_graph=False, strict=False):
    with torch.enable_grad():
        inputs_tuple, inputs, v, outputs_tuple, outputs, jac = _gradient_of_scalar(func, inputs, v, create_graph, strict, "hvp")
        # H v as the gradient, with respect to a zero grad_jac, of the gradient of (jac . grad_jac).
        grad_jac = tuple(torch.zeros_like(inp, requires_grad=True) for inp in inputs)
        double_back = _grad(jac, inputs, grad_jac, create_graph=True)
        _check_requires_grad(jac, "hessian", strict=strict)
    return _product(outputs, outputs_tuple, double_back, grad_jac, v, inputs, inputs_tuple, strict, create_graph, "double_back_trick")
