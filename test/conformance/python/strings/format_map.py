# str.format_map reads fields through mapping[key], so dict subclasses with __missing__ fill the gaps.
class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'


print('{name} is {age} years old'.format_map({'name': 'Ada', 'age': 36}))
print('{name} has {pets} pets'.format_map(Default(name='Bob')))
print('{p.real:>8.3f}|{d[k]}'.format_map({'p': 2.5, 'd': {'k': 'v'}}))


class Lookup:
    def __getitem__(self, key):
        return key.upper()


print('{a} {bc}'.format_map(Lookup()))
for fmt, mapping in [('{}', {}), ('{0}', {'0': 1}), ('{missing}', {}), ('{a}', 3)]:
    try:
        print(fmt.format_map(mapping))
    except Exception as e:
        print(type(e).__name__, e)
for args in [(), ({}, {})]:
    try:
        'x'.format_map(*args)
    except TypeError as e:
        print('TypeError', e)
