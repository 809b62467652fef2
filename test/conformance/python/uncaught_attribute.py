# A misspelled method: AttributeError with a suggestion.
scores = [3, 1, 2]
scores.sort()
print(scores)
scores.apend(4)
