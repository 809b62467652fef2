# A script in the percent format: cells separated by "# %%" lines, run top to bottom.
# %%
total = 0
for i in range(4):
    total += i
print("total", total)

# %% [markdown]
# Markdown cells are comments to Python and are skipped by agnb.

# %% second cell
def scale(values, factor):
    return [v * factor for v in values]

print(scale([1, 2, 3], total))
total

# %%
def fail(depth):
    if depth == 0:
        raise ValueError("reached the bottom")
    fail(depth - 1)

fail(2)
print("never printed")
