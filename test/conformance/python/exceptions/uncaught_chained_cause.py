# An uncaught exception raised `from` another prints both tracebacks.
def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"invalid port {text!r}") from e
print(parse_port("8080"))
parse_port("http")
