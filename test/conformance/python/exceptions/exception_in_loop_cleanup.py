# Collecting errors while processing a batch, then reporting them.
records = ["10", "x", "30", None, "-5", "2.5"]
totals, errors = 0, []
for i, raw in enumerate(records):
    try:
        value = int(raw)
        if value < 0:
            raise ValueError(f"negative value {value}")
    except (TypeError, ValueError) as e:
        errors.append((i, type(e).__name__, str(e)))
        continue
    else:
        totals += value
    finally:
        pass
print(totals)
for error in errors:
    print(error)
