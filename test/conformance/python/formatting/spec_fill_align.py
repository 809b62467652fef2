# Fill characters and the four alignments, for strings and numbers.
for spec in ["<8", ">8", "^8", "*<8", "*>8", "*^8", "-^9", "0>6", "_<4", "^3", "^"]:
    print(repr(format("abc", spec)), repr(format(42, spec)), repr(format(-3.5, spec)))
print(f"{'x':.^11}", format(7, "=^9"), f"{'long text':^4}")
print(format(-42, "=8"), format(-42, "0=8"), format(42, "+=8"), format(3.5, "=+10.2f"), f"{-42:*=8}")
