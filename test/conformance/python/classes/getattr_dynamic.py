# __getattr__ fallbacks, __setattr__ validation, __dict__ updates and vars() as tutorials use them.
class Namespace:
    def __init__(self, **kwargs):
        self.__dict__.update(kwargs)

    def __getattr__(self, name):
        if name.startswith("default_"):
            return name[len("default_"):].upper()
        raise AttributeError(f"{type(self).__name__!r} has no setting {name!r}")

    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"Namespace({items})"

class Frozen(Namespace):
    def __setattr__(self, name, value):
        if name in self.__dict__:
            raise AttributeError(f"cannot change {name}")
        super().__setattr__(name, value)

args = Namespace(lr=0.1, epochs=3)
args.batch = 16
print(args, args.lr, args.default_mode, vars(args) is args.__dict__, sorted(vars(args)))
args.__dict__["epochs"] = 5
print(args.epochs, getattr(args, "missing", "fallback"), hasattr(args, "nope"))
try:
    args.nope
except AttributeError as e:
    print("AttributeError:", e)
f = Frozen(a=1)
f.b = 2
try:
    f.a = 3
except AttributeError as e:
    print("AttributeError:", e)
print(f, vars(f))
