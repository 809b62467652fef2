# FizzBuzz in several styles.
for i in range(1, 16):
    print("Fizz" * (i % 3 == 0) + "Buzz" * (i % 5 == 0) or i, end=" ")
print()
print(["FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i) for i in range(1, 16)])
rules = {3: "Fizz", 5: "Buzz", 7: "Bazz"}
def fizz(n):
    return "".join(word for k, word in rules.items() if n % k == 0) or str(n)
print(" ".join(fizz(n) for n in range(100, 106)), fizz(105))
