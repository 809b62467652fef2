# An error inside a list comprehension inside a method: the traceback shows the <listcomp> frame.
class Normalizer:
    def __init__(self, values):
        self.values = values
    def normalize(self):
        total = sum(self.values)
        return [v / total for v in self.values]

print(Normalizer([1, 3]).normalize())
print(Normalizer([0, 0]).normalize())
