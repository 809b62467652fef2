# Calling a function with a missing argument ends the program.
def area(width, height):
    return width * height
print(area(2, 3))
print(area(2))
