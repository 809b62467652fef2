# slice objects: attributes, indices(), and use as subscripts.
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, s.indices(5), slice(None).indices(3), slice(-3, None).indices(10))
data = list(range(10))
print(data[s], data[slice(3)], data[slice(-2, None)], "abcdef"[slice(None, None, -1)])
print(slice(1, 2) == slice(1, 2), repr(slice(None, 5)))
class Seq:
    def __getitem__(self, key):
        return key
q = Seq()
print(q[1:2], q[::3], q[1, 2], q[...], q[:, 1])
