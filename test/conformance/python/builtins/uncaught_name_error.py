# A misspelled builtin ends the program with a NameError and a suggestion.
values = [3, 1, 2]
print(sorted(values))
print(lenght(values))
