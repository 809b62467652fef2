from dataclasses import dataclass, field, asdict, astuple, fields, replace, is_dataclass
from typing import List, Optional


@dataclass
class TrainConfig:
    lr: float = 0.1
    epochs: int = 10
    hidden: List[int] = field(default_factory=lambda: [64, 32])
    name: Optional[str] = None


cfg = TrainConfig(lr=0.01)
print(cfg)
print(cfg == TrainConfig(0.01), cfg == TrainConfig(0.02), cfg != TrainConfig())
print(asdict(cfg))
print(astuple(cfg))
print([f.name for f in fields(cfg)], is_dataclass(cfg), is_dataclass(TrainConfig), is_dataclass(3))
print(replace(cfg, epochs=3))
print(TrainConfig.lr, TrainConfig.__annotations__)
a, b = TrainConfig(), TrainConfig()
a.hidden.append(16)
print(a.hidden, b.hidden)
print(TrainConfig.__hash__)


@dataclass(frozen=True, order=True)
class Point:
    x: int
    y: int = 0

    def norm2(self):
        return self.x ** 2 + self.y ** 2


p = Point(3, 4)
print(p, p.norm2(), hash(p) == hash(Point(3, 4)), p < Point(3, 5), sorted([Point(2), Point(1, 9), Point(1, 2)]))
try:
    p.x = 10
except Exception as e:
    print(type(e).__name__, e)
print({p: 'a'}[Point(3, 4)])


@dataclass
class Sample:
    values: list
    label: int = 0

    def __post_init__(self):
        self.total = sum(self.values)


s = Sample([1, 2, 3], label=1)
print(s, s.total)


@dataclass
class Labeled(Sample):
    tag: str = 'x'


print(Labeled([4], 2, 'y'), [f.name for f in fields(Labeled)])


@dataclass
class Custom:
    n: int

    def __repr__(self):
        return f'<Custom {self.n}>'


print(Custom(5), Custom(5) == Custom(5))


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    cache: dict = field(default_factory=dict, repr=False, compare=False)


tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(tree)
print(asdict(tree))
print(Node(1, cache={'a': 1}) == Node(1))
