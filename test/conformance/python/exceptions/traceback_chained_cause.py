# An uncaught exception raised from another: CPython prints both tracebacks joined by the cause line.
def parse(text):
    return float(text)

def read_lr(config):
    try:
        return parse(config["lr"])
    except ValueError as e:
        raise RuntimeError("bad learning rate in config") from e

print("reading")
read_lr({"lr": "fast"})
