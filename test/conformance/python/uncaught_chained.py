# An exception raised while handling another: CPython prints both tracebacks.
config = {"rate": "fast"}

def parse_rate(cfg):
    try:
        return float(cfg["rate"])
    except ValueError:
        raise KeyError("rate must be a number")

print("parsing")
parse_rate(config)
