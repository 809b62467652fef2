# Counting and replacing whole words versus substrings.
text = "the cat sat on the mat with the other cat"
print(text.count("the"), text.split().count("the"), text.count("at"), text.replace("cat", "dog"), text.replace("the ", "", 2))
words = text.split()
print(" ".join("dog" if w == "cat" else w for w in words), words.index("mat"), text.find("the", 5), text.rfind("the"))
