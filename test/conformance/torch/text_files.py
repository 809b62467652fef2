# open() for text files: writing, appending, reading back whole, by line and by iteration.
with open("notes.txt", "w") as f:
    print(f.write("first line\n"), f.write("second line\n"))
    f.writelines(["third\n", "fourth"])
    print(f.closed, f.name, f.mode, f.writable(), f.readable())
print(f.closed)

with open("notes.txt") as f:
    print(repr(f.read()))
with open("notes.txt", "r", encoding="utf-8") as f:
    print(repr(f.readline()), repr(f.read(3)), repr(f.readline()))
    print(f.readlines())
with open("notes.txt") as f:
    for i, line in enumerate(f):
        print(i, line.rstrip())

log = open("log.txt", "a")
log.write("epoch 1: loss 0.5\n")
log.close()
with open("log.txt", "a") as log:
    log.write("epoch 2: loss 0.25 — done ✓\n")
print(open("log.txt").read(), end="")
print(open("log.txt").readlines())

for call in [lambda: open("missing.txt"), lambda: open("notes.txt", "x"), lambda: open(".", "w"), lambda: open("log.txt", "rw"),
             lambda: open("log.txt", "q"), lambda: f.read(), lambda: open("log.txt").write("x"), lambda: open("log.txt", "w").read(),
             lambda: open("log.txt", "w").write(3)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
