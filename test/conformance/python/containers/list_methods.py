# List methods: append, extend, insert, pop, remove, index, count, clear, copy, reverse.
xs = [3, 1, 4]
xs.append(1); xs.extend((5, 9)); xs.insert(0, 2); xs.insert(100, 6); xs.insert(-1, 7)
print(xs, xs.count(1), xs.index(1), xs.index(1, 3), xs.pop(), xs.pop(0), xs.pop(-2), xs)
xs.remove(1); print(xs)
ys = xs.copy(); ys.reverse(); print(xs, ys, xs == ys[::-1])
ys.clear(); print(ys, len(ys))
for call in [lambda: xs.remove(42), lambda: xs.index(42), lambda: [].pop(), lambda: xs.pop(99)]:
    try:
        call()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
