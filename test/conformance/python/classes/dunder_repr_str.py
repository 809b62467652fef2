# __repr__ vs __str__ in print, containers, f-strings and str().
class Money:
    def __init__(self, amount, currency="EUR"):
        self.amount = amount
        self.currency = currency
    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"
    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"
m = Money(3.5)
print(m, str(m), repr(m), [m], {"k": m}, (m,), f"{m}", f"{m!r}")
class NoStr:
    def __repr__(self):
        return "<NoStr>"
print(NoStr(), str(NoStr()), [NoStr()])
class Default:
    pass
print(str(Default()).startswith("<__main__.Default object at 0x"))
