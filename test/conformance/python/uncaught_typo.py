# A typo in a variable name: CPython suggests the closest name in scope.
def train(epochs):
    learning_rate = 0.1
    for epoch in range(epochs):
        loss = 1.0 / (epoch + 1)
        print(f"epoch {epoch}: loss {loss:.3f}")
    return learning_rat * loss

train(3)
