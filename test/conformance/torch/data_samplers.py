# torch.utils.data samplers with DataLoader: dict batches, collate_fn, drop_last, SubsetRandomSampler, WeightedRandomSampler
# (with and without replacement, its argument errors), RandomSampler with replacement, BatchSampler, ConcatDataset.
import torch
from torch.utils.data import Dataset, DataLoader, TensorDataset, random_split, Subset, ConcatDataset
from torch.utils.data import WeightedRandomSampler, SubsetRandomSampler, RandomSampler, SequentialSampler, BatchSampler
torch.manual_seed(0)

class Squares(Dataset):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        return {'x': torch.tensor([float(i)]), 'y': i * i, 'name': f'item{i}'}

dl = DataLoader(Squares(10), batch_size=4, shuffle=True, num_workers=0, pin_memory=False)
for batch in dl:
    print(batch)
dl = DataLoader(Squares(5), batch_size=2, collate_fn=lambda b: [d['y'] for d in b])
print(list(dl))
ds = TensorDataset(torch.arange(12.).view(6, 2), torch.arange(6))
print(list(DataLoader(ds, batch_size=4, drop_last=True)))
print(list(DataLoader(ds, sampler=SubsetRandomSampler([0, 2, 4]), batch_size=2)))
w = WeightedRandomSampler([0.1, 0.9, 0.5, 0.5, 0.2, 0.8], num_samples=8, replacement=True)
print(list(w))
print(list(RandomSampler(range(5))), list(SequentialSampler(range(3))), list(BatchSampler(SequentialSampler(range(7)), 3, False)))
print(list(RandomSampler(range(5), replacement=True, num_samples=7)))
c = ConcatDataset([ds, TensorDataset(torch.zeros(2, 2), torch.tensor([9, 9]))])
print(len(c), c[7])
print(list(DataLoader(ds, batch_sampler=BatchSampler(RandomSampler(ds), 4, True))))
print(next(iter(DataLoader([(1, 2.0), (3, 4.0)], batch_size=2))))
print(next(iter(DataLoader([[1, 2], [3, 4]], batch_size=2))))
g = torch.Generator().manual_seed(3)
print(list(DataLoader(range(8), batch_size=3, shuffle=True, generator=g)))
a, b = random_split(range(10), [0.7, 0.3]) if False else random_split(range(10), [7, 3])
print(list(a), list(b), len(dl))
print(list(WeightedRandomSampler(torch.tensor([1.0, 5.0, 2.0]), 3, replacement=False)), len(w), w.weights.dtype)
g2 = torch.Generator().manual_seed(11)
print(list(DataLoader(ds, batch_size=2, sampler=WeightedRandomSampler([1, 1, 1, 1, 10, 10], 6, generator=g2))))
for bad in (lambda: WeightedRandomSampler([0.5, 0.5], 0), lambda: WeightedRandomSampler([0.5, 0.5], 2, replacement=1),
            lambda: WeightedRandomSampler([[0.5], [0.5]], 2), lambda: list(WeightedRandomSampler([0.5, 0.5], 3, replacement=False))):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
