# String ordering is by code point; case-insensitive sorting with keys.
words = ["banana", "Apple", "cherry", "apple", "Banana", "éclair", "Zebra", "10", "9"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (w.lower(), w)))
print(sorted(words, key=len), min(words), max(words), "Z" < "a", "10" < "9")
