# %%
# Cells run in order; an error stops the script like CPython would.
values = [1, 2, 3]
print(sum(values))

# %%
print(values[10])

# %%
print("not reached")
