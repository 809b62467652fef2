# copy for agnb Python: shallow and deep copies with CPython's rules (atomic values are shared, containers and
# objects with a __dict__ are rebuilt, __copy__/__deepcopy__ hooks are honoured, a memo keeps shared references
# and cycles intact). Tensors follow torch.Tensor.__deepcopy__: only graph leaves, cloned with requires_grad kept.


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, str, type, range, slice, type(len), type(Ellipsis), type(NotImplemented))


def _tensor_types():
    import torch
    return torch.Tensor, torch.nn.Parameter


def _new_like(x):
    cls = type(x)
    if not hasattr(x, '__dict__'):
        raise TypeError(f"cannot pickle '{cls.__name__}' object")
    return cls.__new__(cls)


def copy(x):
    cls = type(x)
    if cls in _ATOMIC or cls is tuple or cls is frozenset or callable(x) and not hasattr(x, '__dict__'):
        return x
    hook = getattr(cls, '__copy__', None)
    if hook is not None:
        return hook(x)
    if cls in (list, dict, set):
        return cls(x)
    if hasattr(cls, '_fields') and issubclass(cls, tuple):
        return x
    y = _new_like(x)
    y.__dict__.update(x.__dict__)
    return y


def _deepcopy_tensor(x, memo):
    import torch
    if not x.is_leaf:
        raise RuntimeError('Only Tensors created explicitly by the user (graph leaves) support the deepcopy '
                           'protocol at the moment')
    with torch.no_grad():
        y = x.clone()
    if isinstance(x, torch.nn.Parameter):
        y = torch.nn.Parameter(y, x.requires_grad)
    else:
        y.requires_grad_(x.requires_grad)
    memo[id(x)] = y
    if x.grad is not None:
        y.grad = deepcopy(x.grad, memo)
    return y


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    key = id(x)
    found = memo.get(key, _nil)
    if found is not _nil:
        return found
    cls = type(x)
    if cls in _ATOMIC or isinstance(x, type) or callable(x) and not hasattr(x, '__dict__'):
        return x
    tensor, _ = _tensor_types()
    if isinstance(x, tensor):
        return _deepcopy_tensor(x, memo)
    hook = getattr(x, '__deepcopy__', None)
    if hook is not None:
        y = hook(memo)
    elif cls is list:
        y = []
        memo[key] = y
        y.extend(deepcopy(item, memo) for item in x)
    elif cls is tuple or hasattr(cls, '_fields') and issubclass(cls, tuple):
        items = [deepcopy(item, memo) for item in x]
        if key in memo:
            return memo[key]
        same = all(a is b for a, b in zip(items, x))
        y = x if same else (cls(items) if cls is tuple else cls(*items))
    elif issubclass(cls, dict):
        # As copy's reduce protocol: a new instance without __init__, its items, then its attributes.
        y = cls() if cls is dict else cls.__new__(cls)
        memo[key] = y
        if hasattr(x, 'default_factory'):
            y.default_factory = x.default_factory
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
        if hasattr(x, '__dict__'):
            y.__dict__.update(deepcopy(x.__dict__, memo))
    elif cls in (set, frozenset):
        y = cls(deepcopy(item, memo) for item in x)
    else:
        y = _new_like(x)
        memo[key] = y
        y.__dict__.update(deepcopy(x.__dict__, memo))
    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keeps the originals alive while the memo is in use, as CPython does, so ids are not reused."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
