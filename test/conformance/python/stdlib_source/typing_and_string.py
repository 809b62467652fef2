import string
from typing import Any, Callable, Dict, List, Optional, Tuple, Union, TypeVar, cast


def mean(xs: List[float]) -> float:
    return sum(xs) / len(xs)


def apply(fn: Callable[[int], int], values: Dict[str, int]) -> Dict[str, int]:
    return {k: fn(v) for k, v in values.items()}


T = TypeVar('T')


def first(items: List[T]) -> Optional[T]:
    return items[0] if items else None


class Model:
    layers: List[int]
    name: str = 'mlp'


print(mean([1.0, 2.0, 4.0]), apply(lambda v: v * 2, {'a': 1}), first([]), first(['x']))
print(List[int], Dict[str, float], Optional[int], Tuple[int, ...], Union[int, str], Any, T)
print(Model.__annotations__, cast(int, '3'))
print(string.ascii_lowercase, string.digits, string.punctuation)
print(string.capwords('hello   autograd world'), len(string.printable), repr(string.whitespace))
