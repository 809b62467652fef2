# A loop-heavy integer program: Collatz sequence lengths.
def collatz_length(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
best = max(range(1, 3000), key=collatz_length)
print(best, collatz_length(best))
print([collatz_length(n) for n in range(1, 16)])
