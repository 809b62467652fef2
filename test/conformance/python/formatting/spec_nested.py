# Nested replacement fields inside format specs.
for width in [5, 8]:
    for precision in [1, 3]:
        print(f"[{3.14159:{width}.{precision}f}]", "[{:{}.{}f}]".format(2.71828, width, precision))
align, fill = "^", "*"
print(f"{'mid':{fill}{align}11}", "{:{}{}{}}".format("mid", "-", ">", 9))
fmt = ".3e"
print(f"{12345.678:{fmt}}", format(12345.678, fmt), "{0:{1}}".format(9, "04d"))
