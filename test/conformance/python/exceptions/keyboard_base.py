# except Exception does not catch BaseException subclasses like SystemExit and KeyboardInterrupt.
def run(exc):
    try:
        try:
            raise exc
        except Exception:
            return "caught by Exception"
    except BaseException as e:
        return f"caught by BaseException: {type(e).__name__}"
print(run(ValueError()), run(SystemExit(2)), run(KeyboardInterrupt()), run(GeneratorExit()))
print(SystemExit(3).code, SystemExit().code, SystemExit("msg").code)
