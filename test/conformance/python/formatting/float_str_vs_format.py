# str(), repr(), format() and f-strings of floats agree except where a spec says otherwise.
for v in [0.1, 1e16, 1.23e-5, 100.0, 2.0 ** 60, 1 / 7]:
    print(str(v), repr(v), format(v), f"{v}", f"{v:g}", f"{v:.12g}", f"{v:.17g}", f"{v:r}" if False else "")
