# partition/rpartition and splitlines with keepends.
print("key=value=x".partition("="), "key=value=x".rpartition("="), "novalue".partition("="), "novalue".rpartition("="))
text = "one\ntwo\r\nthree\rfour\n\nfive"
print(text.splitlines(), text.splitlines(True), "".splitlines(), "x\n".splitlines())
for line in "a\nb\n".splitlines():
    print(line.upper())
try:
    "a".partition("")
except ValueError as e:
    print(type(e).__name__, e)
