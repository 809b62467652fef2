# torch.utils.data: Dataset subclasses, TensorDataset, DataLoader batch orders under torch.manual_seed (shuffle
# draws from torch's default generator exactly as PyTorch does, so later random numbers match too), drop_last,
# default collation of tensors, numbers, tuples, lists, dicts and strings, len(), iterating twice, Subset and
# random_split with lengths or fractions.
import torch
from torch.utils.data import DataLoader, Dataset, Subset, TensorDataset, random_split


class Squares(Dataset):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        return i, float(i * i)


torch.manual_seed(0)
features = torch.arange(20.0).reshape(10, 2)
labels = torch.arange(10)
dataset = TensorDataset(features, labels)
print(len(dataset), dataset[3], dataset.tensors[1])

print("-- sequential")
loader = DataLoader(dataset, batch_size=4)
print(len(loader))
for x, y in loader:
    print(x.tolist(), y)
print(torch.rand(2))

print("-- shuffled, twice, then the generator goes on")
torch.manual_seed(1)
loader = DataLoader(dataset, batch_size=3, shuffle=True)
for epoch in range(2):
    print(epoch, [y.tolist() for _, y in loader])
print(torch.rand(2))

print("-- drop_last")
loader = DataLoader(dataset, batch_size=4, shuffle=True, drop_last=True)
print(len(loader), [y.tolist() for _, y in loader])

print("-- a generator of its own")
g = torch.Generator()
g.manual_seed(7)
loader = DataLoader(dataset, batch_size=5, shuffle=True, generator=g)
print([y.tolist() for _, y in loader], [y.tolist() for _, y in loader])
print(torch.rand(1))

print("-- batch_size=1 and None")
print([batch for batch in DataLoader(Squares(3))])
print([batch for batch in DataLoader(Squares(3), batch_size=None)])

print("-- collation")
print(next(iter(DataLoader(Squares(5), batch_size=5))))
print(next(iter(DataLoader([{"a": 1, "b": 2.5, "name": "x"}, {"a": 3, "b": 4.0, "name": "y"}], batch_size=2))))
print(next(iter(DataLoader([[1, 2], [3, 4], [5, 6]], batch_size=3))))
print(next(iter(DataLoader([True, False], batch_size=2))))
print(next(iter(DataLoader([(torch.ones(2), {"k": torch.zeros(1)}), (torch.zeros(2), {"k": torch.ones(1)})], batch_size=2))))
print(next(iter(DataLoader(["a", "b", "c"], batch_size=2))))
print(DataLoader(range(7), batch_size=2, shuffle=True).__len__(), list(DataLoader(range(7), batch_size=3)))
loader = DataLoader(Squares(6), batch_size=4, collate_fn=lambda batch: [pair[0] for pair in batch])
print(list(loader))
iterator = iter(DataLoader(dataset, batch_size=8))
print(len(iterator), type(iterator).__name__)
print(next(iterator)[1], next(iterator)[1])
try:
    next(iterator)
except StopIteration:
    print("StopIteration")

print("-- Subset and random_split")
subset = Subset(dataset, [9, 0, 4])
print(len(subset), subset[0], subset[2][1])
torch.manual_seed(3)
train, test = random_split(dataset, [7, 3])
print(type(train).__name__, len(train), len(test), train.indices, test.indices)
print([y.item() for _, y in train])
parts = random_split(range(10), [0.5, 0.3, 0.2], generator=torch.Generator().manual_seed(42))
print([list(p) for p in parts])
parts = random_split(range(11), [0.5, 0.5])
print([list(p) for p in parts])
for bad in ([3, 3], [0.5, 0.6]):
    try:
        random_split(range(10), bad)
    except ValueError as e:
        print("ValueError", e)
print(torch.rand(1))

print("-- errors")
for make in [lambda: DataLoader(dataset, batch_size=0), lambda: DataLoader(dataset, batch_size=2, drop_last=1), lambda: TensorDataset(torch.zeros(3), torch.zeros(4))]:
    try:
        make()
    except Exception as e:
        print(type(e).__name__, e)
try:
    Dataset()[0]
except NotImplementedError as e:
    print("NotImplementedError", repr(e))

print("-- samplers")
from torch.utils.data import RandomSampler, SequentialSampler, BatchSampler
torch.manual_seed(5)
print(list(RandomSampler(range(6))), list(SequentialSampler("abc")), len(RandomSampler(range(6), num_samples=4)))
print(list(RandomSampler(range(5), replacement=True, num_samples=40)))
print(list(BatchSampler(SequentialSampler(range(10)), batch_size=3, drop_last=False)), list(BatchSampler(range(10), 3, True)))
loader = DataLoader(Squares(8), batch_size=3, sampler=RandomSampler(Squares(8), generator=torch.Generator().manual_seed(2)))
print([batch[0].tolist() for batch in loader])
loader = DataLoader(Squares(8), batch_sampler=[[7, 1], [0, 2, 3]])
print([batch[0].tolist() for batch in loader], len(loader))
for i, (x, y) in enumerate(DataLoader(Squares(5), batch_size=2, shuffle=True)):
    print(i, x, y)
print(torch.randn(2))
parts = random_split(range(3), [0.5, 0.25, 0.25])
print([list(p) for p in parts])

for batch in ([object(), object()], [[1, 2], [3]]):
    try:
        DataLoader(batch, batch_size=2).__iter__().__next__()
    except Exception as e:
        print(type(e).__name__, str(e).replace(hex(id(batch[0])), "0x"))

print("-- IterableDataset and ConcatDataset")
from torch.utils.data import IterableDataset, ConcatDataset


class Countdown(IterableDataset):
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return iter(range(self.start, 0, -1))

    def __len__(self):
        return self.start


torch.manual_seed(9)
print([batch for batch in DataLoader(Countdown(7), batch_size=3)], len(DataLoader(Countdown(7), batch_size=3)))
print([batch for batch in DataLoader(Countdown(7), batch_size=3, drop_last=True)], len(DataLoader(Countdown(7), batch_size=3, drop_last=True)))
print([batch for batch in DataLoader(Countdown(3), batch_size=None)])
print(torch.rand(1))
for bad in [dict(shuffle=True), dict(sampler=[0, 1])]:
    try:
        DataLoader(Countdown(3), **bad)
    except ValueError as e:
        print("ValueError", e)
both = ConcatDataset([Squares(3), TensorDataset(torch.arange(4.0), torch.arange(4))])
print(len(both), both[2], both[3], both[-1], both.cumulative_sizes)
print(len(Squares(2) + Squares(3)), (Squares(2) + Squares(3))[4])
print([b[0].tolist() for b in DataLoader(both, batch_size=4, shuffle=True)])

print("-- SubsetRandomSampler")
from torch.utils.data import SubsetRandomSampler
torch.manual_seed(11)
train_sampler = SubsetRandomSampler([0, 2, 4, 6, 8])
valid_sampler = SubsetRandomSampler(range(1, 10, 2), generator=torch.Generator().manual_seed(3))
print(list(train_sampler), list(valid_sampler), len(train_sampler))
loader = DataLoader(dataset, batch_size=2, sampler=train_sampler)
print([y.tolist() for _, y in loader], [y.tolist() for _, y in loader], len(loader))
print(torch.rand(1))
