class P:
    def __init__(self, **kw):
        self.__dict__.update(kw)
p = P(a=1, b=2)
print(p.a, p.b, vars(p))
d = p.__dict__
d['c'] = 3
print(p.c)
p.e = 5
print(d, len(d), 'e' in d, list(d.items()))
del d['a']
print(hasattr(p, 'a'), vars(p) is not None)
d['b'] += 10
print(p.b)
p.__dict__ = {'z': 1}
print(vars(p))
for k, v in vars(p).items(): print(k, v)
print(vars(p) == {'z': 1})
d2 = dict(vars(p)); d2['q']=1; print(hasattr(p,'q'))
p.__dict__.clear(); print(vars(p))
p.__dict__.setdefault('w', 9); print(p.w, p.__dict__.pop('w'), vars(p))
