from dataclasses import dataclass, field


@dataclass
class Config:
    lr: float
    epochs: int
    name: str = 'run'


for args, kwargs in [((), {}), ((0.1,), {}), ((0.1, 2, 'a', 4), {}), ((0.1, 2), {'lr': 1}), ((0.1, 2), {'bad': 1})]:
    try:
        Config(*args, **kwargs)
    except TypeError as e:
        print(e)

try:
    @dataclass
    class Broken:
        a: int = 1
        b: int
except TypeError as e:
    print(e)

try:
    @dataclass
    class Mutable:
        items: list = []
except ValueError as e:
    print(e)

try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(e)


@dataclass
class OnlyKw:
    a: int
    b: int = field(default=2, kw_only=True)


print(OnlyKw(1), OnlyKw(1, b=5))
try:
    OnlyKw(1, 2)
except TypeError as e:
    print(e)
