# A formatted report with aligned columns and totals.
sales = [("North", 12500.5, 0.123), ("South", 8200, -0.05), ("East", 143000.25, 0.4567), ("West", 0, 0)]
print(f"{'Region':<8}|{'Revenue':>14}|{'Growth':>8}")
print(f"{'':-<8}+{'':-<14}+{'':-<8}")
for region, revenue, growth in sales:
    print(f"{region:<8}|{revenue:>14,.2f}|{growth:>+8.1%}")
total = sum(r for _, r, _ in sales)
print(f"{'Total':<8}|{total:>14,.2f}|{'':>8}")
print("{:=^32}".format(" end "))
