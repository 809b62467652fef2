# Keyword-only parameters after * and after *args.
def connect(host, *, port=80, secure=False):
    return f"{host}:{port}{' (tls)' if secure else ''}"
print(connect("a"), connect("b", port=443, secure=True), connect(host="c"))
try:
    connect("a", 8080)
except TypeError as e:
    print(type(e).__name__, e)
def need(*, key):
    return key
try:
    need()
except TypeError as e:
    print(type(e).__name__, e)
print(need(key=1))
try:
    connect("a", colour="red")
except TypeError as e:
    print(type(e).__name__, e)
