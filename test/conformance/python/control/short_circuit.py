# and/or return operands and short-circuit evaluation.
def t(label, value):
    print("called", label)
    return value
print(t("a", 0) and t("b", 1))
print(t("c", 1) and t("d", 2))
print(t("e", "") or t("f", "fallback"))
print(t("g", "first") or t("h", "never"))
name = None
print(name or "anonymous", [] or {} or 0, 1 and [] and 2, not (0 or None))
