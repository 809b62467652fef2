# dataclasses for agnb Python: @dataclass reads the class's __annotations__ and adds __init__, __repr__, __eq__
# (and ordering, frozen assignment, hashing) with CPython's behaviour and messages. The generated methods are
# shared generic functions over the field list rather than generated source, since agnb has no exec().

class _MissingType:
    def __repr__(self):
        return 'MISSING'


MISSING = _MissingType()


class FrozenInstanceError(AttributeError):
    pass


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.kw_only = kw_only

    def __repr__(self):
        return (f"Field(name={self.name!r},type={self.type!r},default={self.default!r},"
                f"default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},"
                f"hash={self.hash!r},compare={self.compare!r},metadata=mappingproxy({{}}),"
                f"kw_only={self.kw_only!r},_field_type=_FIELD)")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, kw_only)


def _is_mutable_default(value):
    return type(value) in (list, dict, set)


def _collect_fields(cls, kw_only):
    fields = {}
    for base in reversed(cls.__mro__[1:]):
        inherited = base.__dict__.get('__dataclass_fields__')
        if inherited:
            fields.update(inherited)
    for name, annotation in cls.__dict__.get('__annotations__', {}).items():
        default = cls.__dict__.get(name, MISSING)
        f = default if isinstance(default, Field) else field(default=default)
        f.name = name
        f.type = annotation
        if f.kw_only is MISSING:
            f.kw_only = kw_only
        if _is_mutable_default(f.default):
            raise ValueError(f'mutable default {type(f.default)} for field {name} is not allowed: use default_factory')
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        fields[name] = f
    return fields


def _check_default_order(fields):
    seen_default = False
    for f in fields:
        if not f.init or f.kw_only:
            continue
        if f.default is MISSING and f.default_factory is MISSING:
            if seen_default:
                raise TypeError(f"non-default argument {f.name!r} follows default argument")
        else:
            seen_default = True


def _join_names(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f'{quoted[0]} and {quoted[1]}'
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _missing_error(owner, kind, names):
    plural = 's' if len(names) > 1 else ''
    return TypeError(f'{owner}() missing {len(names)} required {kind} argument{plural}: {_join_names(names)}')


def _bind_init(cls, args, kwargs):
    """Binds __init__'s arguments to the init fields, with CPython's error messages."""
    owner = cls.__qualname__ + '.__init__'
    fields = [f for f in cls.__dataclass_fields__.values() if f.init]
    positional = [f for f in fields if not f.kw_only]
    if len(args) > len(positional):
        required = len([f for f in positional if f.default is MISSING and f.default_factory is MISSING])
        if required == len(positional):
            takes = f'{len(positional) + 1} positional argument' + ('s' if positional else '')
        else:
            takes = f'from {required + 1} to {len(positional) + 1} positional arguments'
        given = len(args) + 1
        raise TypeError(f"{owner}() takes {takes} but {given} {'was' if given == 1 else 'were'} given")
    names = [f.name for f in fields]
    for name in kwargs:
        if name not in names:
            raise TypeError(f"{owner}() got an unexpected keyword argument {name!r}")
    values = {}
    for f, value in zip(positional, args):
        if f.name in kwargs:
            raise TypeError(f"{owner}() got multiple values for argument {f.name!r}")
        values[f.name] = value
    missing = {'positional': [], 'keyword-only': []}
    for f in fields:
        if f.name in values:
            continue
        if f.name in kwargs:
            values[f.name] = kwargs[f.name]
        elif f.default is not MISSING:
            values[f.name] = f.default
        elif f.default_factory is not MISSING:
            values[f.name] = f.default_factory()
        else:
            missing['keyword-only' if f.kw_only else 'positional'].append(f.name)
    for kind in ('positional', 'keyword-only'):
        if missing[kind]:
            raise _missing_error(owner, kind, missing[kind])
    return values


def _init(self, *args, **kwargs):
    cls = type(self)
    for name, value in _bind_init(cls, args, kwargs).items():
        object.__setattr__(self, name, value)
    for f in cls.__dataclass_fields__.values():
        if not f.init and f.default_factory is not MISSING:
            object.__setattr__(self, f.name, f.default_factory())
    post_init = getattr(self, '__post_init__', None)
    if post_init is not None:
        post_init()


def _repr(self):
    shown = [f'{f.name}={getattr(self, f.name)!r}' for f in self.__dataclass_fields__.values() if f.repr]
    return f"{type(self).__qualname__}({', '.join(shown)})"


def _compared(self):
    return tuple(getattr(self, f.name) for f in self.__dataclass_fields__.values() if f.compare)


def _eq(self, other):
    if other.__class__ is self.__class__:
        return _compared(self) == _compared(other)
    return NotImplemented


def _order(compare):
    def method(self, other):
        if other.__class__ is self.__class__:
            return compare(_compared(self), _compared(other))
        return NotImplemented
    return method


def _hash(self):
    return hash(tuple(getattr(self, f.name) for f in self.__dataclass_fields__.values()
                      if (f.compare if f.hash is None else f.hash)))


def _frozen_setattr(self, name, value):
    if type(self) is self.__class__ and name in self.__dataclass_fields__:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")
    object.__setattr__(self, name, value)


def _frozen_delattr(self, name):
    if name in self.__dataclass_fields__:
        raise FrozenInstanceError(f"cannot delete field {name!r}")
    object.__delattr__(self, name)


def _set_method(cls, name, function):
    """Adds a method unless the class defines it itself, as dataclass does."""
    if name in cls.__dict__:
        return
    setattr(cls, name, function)


def _process(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only):
    fields = _collect_fields(cls, kw_only)
    cls.__dataclass_fields__ = fields
    _check_default_order(list(fields.values()))
    if init:
        _set_method(cls, '__init__', _init)
    if repr:
        _set_method(cls, '__repr__', _repr)
    if eq:
        _set_method(cls, '__eq__', _eq)
    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')
        comparisons = (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                       ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b))
        for name, compare in comparisons:
            if name in cls.__dict__:
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                f'Consider using functools.total_ordering')
            setattr(cls, name, _order(compare))
    if frozen:
        for name, method in (('__setattr__', _frozen_setattr), ('__delattr__', _frozen_delattr)):
            if name in cls.__dict__:
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')
            setattr(cls, name, method)
    has_own_hash = '__hash__' in cls.__dict__ and cls.__dict__['__hash__'] is not None
    if unsafe_hash or (eq and frozen):
        if has_own_hash and unsafe_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        if not has_own_hash:
            cls.__hash__ = _hash
    elif eq and not has_own_hash:
        cls.__hash__ = None
    cls.__match_args__ = tuple(f.name for f in fields.values() if f.init and not f.kw_only)
    return cls


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False):
    if slots:
        raise NotImplementedError('dataclass(slots=True) is not supported in agnb')

    def wrap(cls):
        return _process(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only)

    if cls is None:
        return wrap
    return wrap(cls)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def fields(class_or_instance):
    if not is_dataclass(class_or_instance):
        raise TypeError('must be called with a dataclass type or instance')
    return tuple(class_or_instance.__dataclass_fields__.values())


def _to_plain(value, factory):
    if is_dataclass(value) and not isinstance(value, type):
        return factory([(f.name, _to_plain(getattr(value, f.name), factory)) for f in fields(value)])
    if isinstance(value, (list, tuple)):
        return type(value)(_to_plain(v, factory) for v in value)
    if isinstance(value, dict):
        return type(value)((_to_plain(k, factory), _to_plain(v, factory)) for k, v in value.items())
    return value


def asdict(obj, *, dict_factory=dict):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError('asdict() should be called on dataclass instances')
    return _to_plain(obj, dict_factory)


def astuple(obj, *, tuple_factory=tuple):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError('astuple() should be called on dataclass instances')
    return tuple_factory(_to_plain(getattr(obj, f.name), lambda pairs: tuple(v for _, v in pairs)) for f in fields(obj))


def replace(obj, **changes):
    for f in fields(obj):
        if f.init and f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
