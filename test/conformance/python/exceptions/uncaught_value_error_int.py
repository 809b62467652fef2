# An invalid int() conversion in a loop ends the program.
for token in ["10", "20", "3o"]:
    print(int(token) * 2)
