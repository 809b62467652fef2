# Forwarding *args/**kwargs through layers and merging option dicts.
def base(a, b=2, *, c=3):
    return f"a={a} b={b} c={c}"
def middle(*args, **kwargs):
    kwargs.setdefault("c", 30)
    return base(*args, **kwargs)
def top(**options):
    defaults = {"b": 20}
    return middle(1, **{**defaults, **options})
print(middle(1), middle(1, 2, c=4), top(), top(c=0), top(b=5))
def describe(**kwargs):
    return ", ".join(f"{k}={v!r}" for k, v in sorted(kwargs.items()))
print(describe(z=1, a="x", m=None), describe())
