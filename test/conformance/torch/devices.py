# Device handling as in a CPU-only PyTorch build: torch.cuda/torch.backends answers, device strings, CUDA/MPS errors.
import torch
import torch.backends.cudnn as cudnn
print(torch.cuda.is_available(), torch.cuda.device_count(), torch.backends.mps.is_available(), torch.backends.mps.is_built(), torch.backends.cudnn.is_available())
device = "cuda" if torch.cuda.is_available() else "mps" if torch.backends.mps.is_available() else "cpu"
print(f"Using {device} device")
print(torch.device('cuda'), torch.device('cuda:0'), torch.device('mps'), repr(torch.device('cpu:0')), torch.device('cuda', 1))
d = torch.device(device)
print(d, repr(d), d.type, d.index, d == torch.device('cpu'), d == 'cpu')
for s in ['gpu', 'cpu:x']:
    try:
        torch.device(s)
    except RuntimeError as e:
        print(type(e).__name__, e)
for f in [lambda: torch.zeros(2).to('cuda'), lambda: torch.zeros(2, device='cuda'), lambda: torch.zeros(2).cuda(),
          lambda: torch.zeros(2).to(torch.device('cuda:0')), lambda: torch.zeros(2).to('mps'), lambda: torch.cuda.current_device(),
          lambda: torch.cuda.set_device(0), lambda: torch.zeros(2).to('cuda', torch.float64)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(torch.cuda.manual_seed(0), torch.cuda.manual_seed_all(0), torch.cuda.is_initialized(), torch.cuda.empty_cache(), torch.cuda.memory_allocated())
print(cudnn.benchmark, torch.backends.cudnn.deterministic, torch.version.cuda)
torch.backends.cudnn.deterministic = True
print(torch.backends.cudnn.deterministic)
x = torch.ones(2, device=d)
print(x.to(d), x.to(device), x.to(d, torch.float64), x.to(device=d, dtype=torch.int64), x.device, torch.zeros(1, device='cpu:0'))
print({torch.device('cpu'): 1}[torch.device('cpu')])
