# %%
# Percent-format cells whose code uses %-formatting.
rows = [("a", 1), ("bb", 22)]
for name, value in rows:
    print("%-4s|%4d" % (name, value))

# %%
print("%.1f%%" % 12.34)
ratio = 3 / 8
print("ratio %6.3f" % ratio)

# %% final
print("%s" % "done")
