# Descriptors written in Python: non-data descriptors (__get__ only) yield to the instance dict and cache
# into it; data descriptors (__set__/__delete__) win over it; class access passes None as the instance.


class lazy:
    def __init__(self, fn):
        self.fn = fn

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = self.fn(instance)
        setattr(instance, self.fn.__name__, value)
        return value


class Typed:
    def __init__(self, name, kind):
        self.name = name
        self.kind = kind

    def __get__(self, instance, owner):
        if instance is None:
            return f'<Typed {self.name} on {owner.__name__}>'
        return instance.__dict__.get(self.name, 'unset')

    def __set__(self, instance, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.name} must be {self.kind.__name__}, got {type(value).__name__}')
        instance.__dict__[self.name] = value

    def __delete__(self, instance):
        print('deleting', self.name)
        del instance.__dict__[self.name]


class Point:
    x = Typed('x', int)

    def __init__(self, probs=None):
        if probs is not None:
            self.probs = probs

    @lazy
    def probs(self):
        return 42

    @lazy
    def logits(self):
        return self.probs + 1


p = Point(5)
print(p.__dict__, p.logits, p.__dict__)
print(Point().probs, type(Point.probs).__name__)
print(p.x, Point.x)
p.x = 3
print(p.x, p.__dict__)
p.__dict__['x'] = 'shadow'
print(p.x)
try:
    p.x = 'no'
except TypeError as e:
    print('TypeError', e)
del p.x
print(p.x)


class Counter:
    calls = 0

    def __get__(self, instance, owner):
        Counter.calls += 1
        return Counter.calls


class Holder:
    c = Counter()


h = Holder()
print(h.c, h.c, Holder.c)
h.c = 'own'
print(h.c, Holder.c)
