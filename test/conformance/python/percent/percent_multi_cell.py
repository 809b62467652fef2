# %% setup
# A percent-format script: several cells sharing state.
counter = {"runs": 0}
def bump():
    counter["runs"] += 1
    return counter["runs"]

# %% first use
print(bump(), bump())

# %% [markdown]
# This markdown cell is skipped.

# %% second use
print(bump(), counter)
counter

# %%
print("done")
