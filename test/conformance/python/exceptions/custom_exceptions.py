# Custom exception classes with extra attributes and custom __str__.
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field
        self.message = message
    def __str__(self):
        return f"{self.field}: {self.message}"
try:
    raise ValidationError("age", "must be positive")
except AppError as e:
    print(type(e).__name__, e, e.args, e.field, repr(e), isinstance(e, Exception))
class Plain(Exception):
    pass
for exc in [Plain(), Plain("one"), Plain("a", 2), AppError(3.5)]:
    print(repr(exc), str(exc), exc.args, len(exc.args))
