# The warnings module: warn (categories, stacklevel, Warning instances), default filters and dedup, catch_warnings
# with record=True, filterwarnings/simplefilter/resetwarnings, and torch's own warnings going through the same filters.
import warnings
import torch
import torch.nn as nn

def f(x):
    warnings.warn("careful with %d" % x)
    return x

f(1)
f(1)
f(2)
warnings.warn("deprecated thing", DeprecationWarning)
warnings.warn("future thing", FutureWarning)
def g():
    warnings.warn("from g", RuntimeWarning, stacklevel=2)
g()
nn.Softmax()(torch.zeros(2, 2))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    f(1)
    f(1)
    nn.Softmax()(torch.zeros(2, 2))
    warnings.warn("inside", UserWarning)
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w], w[0].lineno)
f(3)
warnings.filterwarnings("ignore", message="careful")
f(4)
warnings.filterwarnings("error", category=FutureWarning)
try:
    warnings.warn("bad future", FutureWarning)
except FutureWarning as e:
    print("raised", type(e).__name__, e)
try:
    warnings.simplefilter("loud")
except AssertionError as e:
    print("AssertionError", e)
warnings.simplefilter("ignore")
nn.Softmax()(torch.zeros(3, 2))
f(5)
warnings.resetwarnings()
f(6)
warnings.filterwarnings("ignore", category=UserWarning)
nn.functional.mse_loss(torch.zeros(2, 1), torch.zeros(2))
warnings.resetwarnings()
nn.functional.mse_loss(torch.zeros(2, 1), torch.zeros(2))
class MyWarning(UserWarning):
    pass
warnings.warn(MyWarning("custom"))
warnings.warn("once!", category=SyntaxWarning)
print("done")
