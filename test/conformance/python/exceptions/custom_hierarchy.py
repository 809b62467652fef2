# A custom exception hierarchy with extra attributes, except ordering, else/finally and re-raise.
class TrainingError(Exception):
    def __init__(self, message, step):
        super().__init__(message)
        self.step = step

    def __str__(self):
        return f"[step {self.step}] {self.args[0]}"

class DivergedError(TrainingError):
    pass

def train(steps, diverge_at=None):
    for step in range(steps):
        if step == diverge_at:
            raise DivergedError("loss is nan", step)
    return steps

for diverge_at in (None, 3):
    try:
        result = train(5, diverge_at)
    except DivergedError as e:
        print("diverged:", e, e.step, repr(e), isinstance(e, TrainingError))
    except TrainingError:
        print("unreachable")
    else:
        print("finished", result)
    finally:
        print("cleanup", diverge_at)

def reraise():
    try:
        train(2, 1)
    except TrainingError as e:
        print("logging", type(e).__name__)
        raise

try:
    reraise()
except Exception as e:
    print("outer got", e)
print(DivergedError.__mro__[1:3], issubclass(DivergedError, Exception))
