# Recursion over nested data: sums, depth, pretty printing.
data = {"name": "root", "children": [{"name": "a", "children": [{"name": "a1", "children": []}]}, {"name": "b", "children": []}]}
def show(node, indent=0):
    print("  " * indent + node["name"])
    for child in node["children"]:
        show(child, indent + 1)
def count(node):
    return 1 + sum(count(c) for c in node["children"])
show(data)
print(count(data))
def nested_sum(x):
    return sum(nested_sum(i) for i in x) if isinstance(x, (list, tuple)) else x
print(nested_sum([1, [2, (3, 4)], [[5]]]))
