# %%
def greet(name):
    return f"hi {name}"

# %% uses the function from the previous cell
print(greet("cell"))
names = ["a", "b"]

# %%
for n in names:
    print(greet(n))
