# typing for agnb Python: the names annotations use. agnb does not check types, as CPython does not; the
# objects exist so that annotated code runs, and print as CPython's typing objects do.

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    if isinstance(obj, list):
        return '[' + ', '.join(_type_repr(item) for item in obj) + ']'
    return repr(obj)


class _Alias:
    """A special form or generic alias: List, Dict[str, int], Optional[int], Callable[[int], str] …"""

    def __init__(self, name, origin=None, args=()):
        self._name = name
        self.__origin__ = origin
        self.__args__ = args

    def __getitem__(self, parameters):
        if not isinstance(parameters, tuple):
            parameters = (parameters,)
        if self._name == 'Optional':
            return _Alias('Optional', self.__origin__, (parameters[0], type(None)))
        return _Alias(self._name, self.__origin__, parameters)

    def __repr__(self):
        if not self.__args__:
            return f'typing.{self._name}'
        if self._name == 'Optional':
            return f'typing.Optional[{_type_repr(self.__args__[0])}]'
        return f"typing.{self._name}[{', '.join(_type_repr(arg) for arg in self.__args__)}]"

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None:
            raise TypeError(f'Cannot instantiate typing.{self._name}')
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        return isinstance(other, _Alias) and (self._name, self.__args__) == (other._name, other.__args__)

    def __hash__(self):
        return hash((self._name, self.__args__))


Any = _Alias('Any')
Union = _Alias('Union')
Optional = _Alias('Optional')
Callable = _Alias('Callable')
Literal = _Alias('Literal')
ClassVar = _Alias('ClassVar')
Final = _Alias('Final')
List = _Alias('List', list)
Dict = _Alias('Dict', dict)
Set = _Alias('Set', set)
FrozenSet = _Alias('FrozenSet')
Tuple = _Alias('Tuple', tuple)
Type = _Alias('Type', type)
Iterable = _Alias('Iterable')
Iterator = _Alias('Iterator')
Generator = _Alias('Generator')
Sequence = _Alias('Sequence')
Mapping = _Alias('Mapping')
MutableMapping = _Alias('MutableMapping')
DefaultDict = _Alias('DefaultDict')
OrderedDict = _Alias('OrderedDict')
Counter = _Alias('Counter')
Deque = _Alias('Deque')


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self._variance = '+' if covariant else '-' if contravariant else '~'

    def __repr__(self):
        return self._variance + self.__name__


def cast(typ, val):
    return val


def overload(func):
    return func


def no_type_check(func):
    return func


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    return new_type
