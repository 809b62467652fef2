# Function annotations: evaluated when the def runs, kept in __annotations__ in declaration order.
def scale(x: float, *rest: int, factor: float = 2.0, **options: str) -> float:
    return x * factor


print(scale.__annotations__)


def plain(a, b=1):
    return a


print(plain.__annotations__, plain.__annotations__ is plain.__annotations__)
plain.__annotations__ = {'a': int}
print(plain.__annotations__)


def outer():
    class Local:
        pass

    def inner(v: Local) -> 'Local':
        return v

    return inner


print(list(outer().__annotations__), outer().__annotations__['return'])


class Model:
    def forward(self, x: 'Tensor', steps: int = 3) -> None:
        pass


print(Model.forward.__annotations__, (lambda q: q).__annotations__)
try:
    plain.__annotations__ = 5
except TypeError as e:
    print('TypeError', e)
