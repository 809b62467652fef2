# Inventory management with dicts, sorting and formatted output.
inventory = {"widget": {"qty": 12, "price": 2.5}, "gadget": {"qty": 0, "price": 12.0}, "doohickey": {"qty": 5, "price": 7.25}}
def restock(name, qty):
    item = inventory.setdefault(name, {"qty": 0, "price": 1.0})
    item["qty"] += qty
restock("gadget", 3)
restock("gizmo", 10)
print(f"{'item':<10} {'qty':>4} {'value':>8}")
for name, item in sorted(inventory.items(), key=lambda kv: -kv[1]["qty"] * kv[1]["price"]):
    print(f"{name:<10} {item['qty']:>4} {item['qty'] * item['price']:>8.2f}")
out_of_stock = [n for n, i in inventory.items() if i["qty"] == 0]
total = sum(i["qty"] * i["price"] for i in inventory.values())
print(out_of_stock, f"total={total:,.2f}")
