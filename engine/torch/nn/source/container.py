# torch.nn's parameter containers (torch/nn/modules/container.py) for agnb Python: ParameterList and
# ParameterDict. Their entries are attributes of the module, so Parameters register in _parameters (and reach
# parameters(), named_parameters() and state_dict() under their index or key) while other values stay plain
# attributes; a tensor that is not a Parameter is wrapped in one when it is stored.
from collections import OrderedDict
import operator
import torch
from torch.nn import Module, Parameter, Sequential, ModuleList, ModuleDict


def _iterable(value):
    try:
        iter(value)
    except TypeError:
        return False
    return True


def _as_parameter(value):
    if isinstance(value, torch.Tensor) and not isinstance(value, Parameter):
        return Parameter(value)
    return value


def _entry_lines(entries, type_text):
    """extra_repr's lines: the kind, dtype text and sizes of each tensor entry, the type of anything else."""
    lines = []
    for key, value in entries:
        if isinstance(value, torch.Tensor):
            kind = 'Parameter' if isinstance(value, Parameter) else 'Tensor'
            sizes = 'x'.join(str(size) for size in value.size())
            lines.append(f'  ({key}): {kind} containing: [{type_text(value)} of size {sizes}]')
        else:
            lines.append(f'  ({key}): Object of type: {type(value).__name__}')
    return '\n'.join(lines)


class ParameterList(Module):
    def __init__(self, values=None):
        super().__init__()
        self._size = 0
        if values is not None:
            self += values

    def _get_abs_string_index(self, idx):
        idx = operator.index(idx)
        if not -len(self) <= idx < len(self):
            raise IndexError(f'index {idx} is out of range')
        return str(idx + len(self) if idx < 0 else idx)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            out = self.__class__()
            for i in range(*idx.indices(len(self))):
                out.append(self[i])
            return out
        return getattr(self, self._get_abs_string_index(idx))

    def __setitem__(self, idx, param):
        setattr(self, self._get_abs_string_index(idx), _as_parameter(param))

    def __len__(self):
        return self._size

    def __iter__(self):
        return iter(self[i] for i in range(len(self)))

    def __iadd__(self, parameters):
        return self.extend(parameters)

    def __dir__(self):
        return [key for key in super().__dir__() if not key.isdigit()]

    def append(self, value):
        index = len(self)
        self._size += 1
        self[index] = value
        return self

    def extend(self, values):
        if not _iterable(values) or isinstance(values, torch.Tensor):
            raise TypeError('ParameterList.extend should be called with an iterable, but got ' + type(values).__name__)
        for value in values:
            self.append(value)
        return self

    def extra_repr(self):
        return _entry_lines(enumerate(self), lambda tensor: str(tensor.dtype))

    def __call__(self, *args, **kwargs):
        raise RuntimeError('ParameterList should not be called.')


class ParameterDict(Module):
    def __init__(self, parameters=None):
        super().__init__()
        self._keys = {}
        if parameters is not None:
            self.update(parameters)

    def _key_to_attr(self, key):
        if not isinstance(key, str):
            raise TypeError("Index given to ParameterDict cannot be used as a key as it is not a string "
                            f"(type is '{type(key).__name__}'). Open an issue on github if you need non-string keys.")
        return key

    def __getitem__(self, key):
        return getattr(self, self._key_to_attr(key))

    def __setitem__(self, key, value):
        self._keys[key] = None
        setattr(self, self._key_to_attr(key), _as_parameter(value))

    def __delitem__(self, key):
        del self._keys[key]
        delattr(self, self._key_to_attr(key))

    def __len__(self):
        return len(self._keys)

    def __iter__(self):
        return iter(self._keys)

    def __reversed__(self):
        return reversed(list(self._keys))

    def __contains__(self, key):
        return key in self._keys

    def copy(self):
        # An OrderedDict keeps the order (update() sorts a plain dict's keys).
        return ParameterDict(OrderedDict((key, self[key]) for key in self._keys))

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def clear(self):
        for key in self._keys.copy():
            del self[key]

    def pop(self, key):
        value = self[key]
        del self[key]
        return value

    def popitem(self):
        key, _ = self._keys.popitem()
        self._keys[key] = None
        value = self[key]
        del self[key]
        return key, value

    def get(self, key, default=None):
        return self[key] if key in self else default

    def fromkeys(self, keys, default=None):
        return ParameterDict((key, default) for key in keys)

    def keys(self):
        return self._keys.keys()

    def items(self):
        return ((key, self[key]) for key in self._keys)

    def values(self):
        return (self[key] for key in self._keys)

    def update(self, parameters):
        if not _iterable(parameters):
            raise TypeError('ParametersDict.update should be called with an iterable of key/value pairs, but got '
                            + type(parameters).__name__)
        if isinstance(parameters, (OrderedDict, ParameterDict)):
            for key, parameter in parameters.items():
                self[key] = parameter
        elif isinstance(parameters, dict):
            for key, parameter in sorted(parameters.items()):
                self[key] = parameter
        else:
            for j, pair in enumerate(parameters):
                if not _iterable(pair):
                    raise TypeError(f'ParameterDict update sequence element #{j} should be Iterable; is' + type(pair).__name__)
                if len(pair) != 2:
                    raise ValueError(f'ParameterDict update sequence element #{j} has length {len(pair)}; 2 is required')
                self[pair[0]] = pair[1]

    def extra_repr(self):
        return _entry_lines(self.items(), lambda tensor: tensor.type())

    def __call__(self, input):
        raise RuntimeError('ParameterDict should not be called.')

    def __or__(self, other):
        combined = self.copy()
        combined.update(other)
        return combined

    def __ror__(self, other):
        combined = other.copy()
        combined.update(self)
        return combined

    def __ior__(self, other):
        self.update(other)
        return self
