# An error inside an except block shows "During handling of the above exception".
data = {"a": 1}
try:
    data["b"]
except KeyError:
    print("handling")
    data["c"] + 1
