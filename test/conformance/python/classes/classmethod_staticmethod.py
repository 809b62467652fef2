# Alternative constructors and helpers with @classmethod and @staticmethod.
class Config:
    defaults = {"lr": 0.01, "batch_size": 32}

    def __init__(self, **values):
        self.values = {**self.defaults, **values}

    @classmethod
    def from_string(cls, text):
        pairs = [item.split("=") for item in text.split(",") if item]
        return cls(**{k.strip(): cls.parse(v.strip()) for k, v in pairs})

    @staticmethod
    def parse(value):
        for convert in (int, float):
            try:
                return convert(value)
            except ValueError:
                pass
        return value

    def __repr__(self):
        return f"{type(self).__name__}({self.values})"

class DebugConfig(Config):
    defaults = {**Config.defaults, "debug": True}

print(Config.from_string("lr=0.1, batch_size=64, opt=adam"))
print(DebugConfig.from_string("epochs=3"))
print(Config.parse("1e-3"), Config.parse("7"), Config.parse("x"), Config().parse("2.5"))
print(type(DebugConfig.from_string("")).__name__)
