# sort/sorted with key and reverse; stability keeps equal keys in order.
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
words.sort(key=str.lower)
print(words)
words.sort()
print(words, sorted(words, key=len), sorted("hello"), sorted((3, 1, 2), reverse=True))
nums = [3, -1, 2, -5, 4]
print(sorted(nums, key=abs), max(nums, key=abs), min(nums, key=lambda n: n * n))
try:
    [1, "a"].sort()
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([]), sorted({3: "c", 1: "a"}), sorted([[2, 1], [1, 2], [1]]))
