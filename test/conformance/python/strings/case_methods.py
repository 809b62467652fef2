# upper/lower/title/capitalize/swapcase/casefold.
for s in ["hello world", "HELLO", "mIxEd CaSe", "it's a dog's life", "o'neil mc-donald", "123abc", "ß"]:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print("Hello".isupper(), "HELLO".isupper(), "hello".islower(), "Hello World".istitle(), "Hello world".istitle())
