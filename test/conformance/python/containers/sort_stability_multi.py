# Multi-pass sorting relies on stability.
students = [("ann", "B", 20), ("bob", "A", 22), ("cy", "B", 19), ("di", "A", 20), ("ed", "C", 22)]
by_age = sorted(students, key=lambda s: s[2])
by_grade_then_age = sorted(by_age, key=lambda s: s[1])
print(by_grade_then_age)
print(sorted(students, key=lambda s: (s[1], s[2])) == by_grade_then_age)
print(sorted(students, key=lambda s: s[2], reverse=True))
data = [3, 1, 2]
data.sort(reverse=True)
print(data, sorted("bca", reverse=True), sorted([True, False, 0, 1]))
