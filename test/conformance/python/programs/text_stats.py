# Text statistics: sentences, words, longest word and letter frequency.
text = """Python is a programming language. It lets you work quickly!
Is it easy to learn? Many people say yes."""
sentences = [s.strip() for s in text.replace("!", ".").replace("?", ".").split(".") if s.strip()]
words = [w.strip(".,!?").lower() for w in text.split()]
print(len(sentences), len(words), max(words, key=len), round(sum(map(len, words)) / len(words), 3))
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
print([s.split()[0] for s in sentences], text.count("is"), text.lower().count("is"))
