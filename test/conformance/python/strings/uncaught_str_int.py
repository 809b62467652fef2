# Concatenating str and int is a TypeError that ends the program.
age = 30
print("before")
message = "Age: " + age
print(message)
