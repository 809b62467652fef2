# Lists as stacks and simple queues; a bracket matcher.
def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in text:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack
for s in ["([]{})", "([)]", "((", "", "a(b)c"]:
    print(repr(s), balanced(s))
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
