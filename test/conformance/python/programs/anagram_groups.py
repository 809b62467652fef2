# Grouping anagrams and finding palindromic words.
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "level", "noon", "dog"]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
for key, group in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    print(key, group)
print([w for w in words if w == w[::-1]])
