# Run settings a tutorial sets up front (threads, deterministic algorithms) and torch's math constants.
import torch
print(torch.inf, torch.nan, torch.pi, torch.e, torch.get_num_threads(), torch.get_num_interop_threads(), torch.are_deterministic_algorithms_enabled())
print(torch.set_num_threads(4), torch.get_num_threads(), torch.use_deterministic_algorithms(True), torch.are_deterministic_algorithms_enabled())
print(type(torch.pi), torch.is_deterministic_algorithms_warn_only_enabled(), -torch.inf < 0, torch.tensor([torch.inf, -torch.inf, torch.nan]))
for f in [lambda: torch.set_num_threads(0), lambda: torch.set_num_threads('a'), lambda: torch.use_deterministic_algorithms(1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
torch.use_deterministic_algorithms(False, warn_only=True)
print(torch.are_deterministic_algorithms_enabled(), torch.is_deterministic_algorithms_warn_only_enabled())
