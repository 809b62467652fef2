# Formatting numbers in other bases with padding and prefixes.
for n in [5, 42, 255, 1024]:
    print(f"{n:>5d} {n:#010b} {n:#06o} {n:#06x} {n:08X} {n:_b}")
print(f"{-42:#x}", f"{-42:+#o}", format(0, "#b"), bin(0), hex(-1), oct(-8))
