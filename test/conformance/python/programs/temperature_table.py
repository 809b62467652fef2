# A conversion table using range, float formatting and alignment.
print(f"{'C':>5} {'F':>7} {'K':>8}")
for c in range(-40, 101, 20):
    f = c * 9 / 5 + 32
    print(f"{c:>5} {f:>7.1f} {c + 273.15:>8.2f}")
readings = [22.5, 19.0, 24.75, 21.25]
print(f"mean {sum(readings) / len(readings):.3f}, spread {max(readings) - min(readings):.2f}")
