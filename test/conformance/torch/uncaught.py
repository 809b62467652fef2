# An error from an engine operation, left uncaught: the traceback points at the user's line.
import torch

weights = torch.ones(2, 3)
inputs = torch.ones(2, 3)

def forward(a, b):
    return a @ b

print("before")
forward(inputs, weights)
print("never printed")
