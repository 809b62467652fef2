# format() calls __format__; classes can define their own mini-language.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return f"${self.cents / 100:{spec or '.2f'}}"
m = Money(123456)
print(format(m), format(m, "short"), f"{m:,.2f}", "{:short}".format(m), f"{m:>12.1f}")
class Plain:
    pass
print(format(Plain(), "") [:7])
try:
    format(Plain(), "x")
except TypeError as e:
    print(type(e).__name__, e)
print(format(3, ""), format("s", ""), format(None, ""), format([1], ""), f"{None}")
