# nn.RNN, nn.LSTM, nn.GRU and their cells: initialisation, outputs, gradients of every parameter and of the
# initial states, grad_fn names, reprs, errors, and training loops printing their losses at full precision.
import torch
from torch import nn


def attempt(f):
    try:
        result = f()
        print('ok', [tuple(t.shape) if isinstance(t, torch.Tensor) else t for t in result] if isinstance(result, tuple) else tuple(result.shape))
    except Exception as e:
        print(type(e).__name__, e)


def flat(t):
    """Small tensors in full; larger ones as their first values and a position-weighted sum of all values,
    computed in Python floats, which a change in any bit of any value alters."""
    values = t.detach().flatten().tolist()
    if len(values) <= 24:
        return values
    return values[:4] + [sum(v * (i + 1) for i, v in enumerate(values))]


def report(name, module, output, hidden):
    loss = output.pow(2).sum() + sum(h.pow(2).sum() for h in (hidden if isinstance(hidden, tuple) else (hidden,)))
    loss.backward()
    print(name, module, output.shape, output.grad_fn.name(), flat(output))
    for h in (hidden if isinstance(hidden, tuple) else (hidden,)):
        print('  hidden', h.shape, h.grad_fn.name(), flat(h))
    for pname, p in module.named_parameters():
        print('  grad', pname, tuple(p.shape), flat(p.grad))


torch.manual_seed(0)
configs = [
    ('LSTM', dict(input_size=3, hidden_size=5)),
    ('LSTM', dict(input_size=6, hidden_size=20, num_layers=2, batch_first=True)),
    ('LSTM', dict(input_size=4, hidden_size=16, bidirectional=True)),
    ('LSTM', dict(input_size=4, hidden_size=9, num_layers=2, bias=False, bidirectional=True, batch_first=True)),
    ('LSTM', dict(input_size=4, hidden_size=8, proj_size=3, num_layers=2)),
    ('GRU', dict(input_size=3, hidden_size=5)),
    ('GRU', dict(input_size=5, hidden_size=33, num_layers=2, batch_first=True, bidirectional=True)),
    ('GRU', dict(input_size=5, hidden_size=7, bias=False)),
    ('RNN', dict(input_size=3, hidden_size=17)),
    ('RNN', dict(input_size=3, hidden_size=6, nonlinearity='relu', num_layers=3, bidirectional=True)),
]
for kind, kwargs in configs:
    module = getattr(nn, kind)(**kwargs)
    x = torch.randn(4, 3, kwargs['input_size']) * 2
    report(kind, module, *module(x))

lstm = nn.LSTM(3, 18, num_layers=2, dropout=0.4)
x = torch.randn(5, 2, 3)
h0 = torch.randn(2, 2, 18, requires_grad=True)
c0 = torch.randn(2, 2, 18, requires_grad=True)
report('LSTM dropout with h0', lstm, *lstm(x, (h0, c0)))
print('h0 grad', flat(h0.grad), 'c0 grad', flat(c0.grad))
lstm.eval()
out, (h, c) = lstm(x, (h0, c0))
print('eval', flat(out))
gru = nn.GRU(3, 4)
out, h = gru(torch.randn(6, 3), torch.randn(1, 4))
print('unbatched GRU', out.shape, out.grad_fn.name(), h.shape, h.grad_fn.name(), flat(out))
out, (h, c) = nn.LSTM(3, 4, batch_first=True)(torch.randn(6, 3))
print('unbatched LSTM', out.shape, h.shape, c.shape, h.grad_fn.name(), flat(c))

for cell_type, kwargs in [(nn.LSTMCell, {}), (nn.GRUCell, {}), (nn.RNNCell, {}), (nn.RNNCell, dict(nonlinearity='relu')), (nn.GRUCell, dict(bias=False))]:
    cell = cell_type(4, 19, **kwargs)
    print(cell)
    state = None
    for t in range(3):
        state = cell(torch.randn(2, 4), state)
    h = state[0] if isinstance(state, tuple) else state
    h.sum().backward()
    print(' ', h.grad_fn.name(), flat(h), [flat(p.grad) for p in cell.parameters()])
print(nn.LSTMCell(3, 4)(torch.randn(3))[1].shape)

print(nn.LSTM(3, 4, 2, False, True, 0.25, True))
print(nn.RNN(3, 4, 2, 'relu'), nn.RNN(3, 4, 2, 'relu').nonlinearity, nn.RNN(3, 4, nonlinearity='relu'))
print(nn.GRU(3, 4, proj_size=0) if False else nn.GRU(3, 4, batch_first=True))
lstm = nn.LSTM(3, 4)
print([n for n, _ in lstm.named_parameters()], lstm._flat_weights_names, lstm.all_weights[0][1].shape)
print(lstm.mode, lstm.dropout, lstm.bias, lstm.proj_size, list(lstm.state_dict().keys()))
print(isinstance(lstm, nn.RNNBase), isinstance(nn.GRUCell(2, 3), nn.RNNCellBase), type(lstm).__module__)

attempt(lambda: lstm(torch.randn(5, 2, 4)))
attempt(lambda: lstm(torch.randn(3)))
attempt(lambda: lstm(torch.randn(5, 3)))
attempt(lambda: lstm(torch.randn(1, 5, 2, 3)))
attempt(lambda: lstm(torch.randn(5, 2, 3), (torch.zeros(1, 3, 4), torch.zeros(1, 2, 4))))
attempt(lambda: lstm(torch.randn(5, 2, 3), (torch.zeros(1, 2, 4), torch.zeros(2, 2, 4))))
attempt(lambda: lstm(torch.randn(5, 2, 3), (torch.zeros(2, 4), torch.zeros(2, 4))))
attempt(lambda: lstm(torch.randn(5, 3), (torch.zeros(1, 2, 4), torch.zeros(1, 2, 4))))
attempt(lambda: lstm(torch.randn(5, 2, 3, dtype=torch.float64)))
attempt(lambda: lstm(torch.randn(0, 2, 3)))
gru = nn.GRU(3, 4)
attempt(lambda: gru(torch.randn(5, 2, 3), torch.zeros(1, 3, 4)))
attempt(lambda: gru(torch.randn(5, 2, 3), torch.zeros(2, 4)))
attempt(lambda: gru(torch.randn(5, 3), torch.zeros(1, 2, 4)))
attempt(lambda: nn.LSTM(3, 4, dropout=1.5))
attempt(lambda: nn.LSTM(3, 4, dropout=True))
attempt(lambda: nn.RNN(3, 4, nonlinearity='sigmoid'))
attempt(lambda: nn.RNN(3, 4, proj_size=2))
attempt(lambda: nn.GRU(3, 4, proj_size=2))
attempt(lambda: nn.LSTM(3, 4, proj_size=5))
attempt(lambda: nn.LSTM(3, 4, proj_size=-1))
cell = nn.LSTMCell(3, 4)
attempt(lambda: cell(torch.randn(2, 3, 3)))
attempt(lambda: cell(torch.randn(2, 3), (torch.zeros(3, 4), torch.zeros(3, 4))))
attempt(lambda: cell(torch.randn(2, 3), (torch.zeros(2, 4), torch.zeros(2, 5))))
attempt(lambda: cell(torch.randn(2, 5)))
attempt(lambda: nn.GRUCell(3, 4)(torch.randn(2, 3, 1)))
attempt(lambda: nn.RNNCell(3, 4, nonlinearity='x')(torch.randn(2, 3)))
attempt(lambda: nn.RNNCell(3, 4)(torch.randn(2, 3), torch.zeros(2, 5)))


class SequenceClassifier(nn.Module):
    def __init__(self, vocab, embed, hidden, classes):
        super().__init__()
        self.embedding = nn.Embedding(vocab, embed)
        self.lstm = nn.LSTM(embed, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, classes)

    def forward(self, tokens):
        _, (h, _) = self.lstm(self.embedding(tokens))
        return self.fc(h[-1])


torch.manual_seed(3)
model = SequenceClassifier(10, 8, 24, 3)
print(model)
tokens = torch.randint(0, 10, (32, 7))
labels = tokens.sum(1) % 3
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
loss_fn = nn.CrossEntropyLoss()
for epoch in range(15):
    optimizer.zero_grad()
    loss = loss_fn(model(tokens), labels)
    loss.backward()
    nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    optimizer.step()
    print(epoch, repr(loss.item()))

torch.manual_seed(4)
rnn = nn.GRU(1, 12, num_layers=2, batch_first=True)
head = nn.Linear(12, 1)
optimizer = torch.optim.SGD(list(rnn.parameters()) + list(head.parameters()), lr=0.1, momentum=0.9)
t = torch.linspace(0, 6.28, 21)
series = torch.sin(t).reshape(1, -1, 1)
for step in range(12):
    optimizer.zero_grad()
    out, _ = rnn(series[:, :-1])
    loss = nn.functional.mse_loss(head(out), series[:, 1:])
    loss.backward()
    optimizer.step()
    print(step, repr(loss.item()))
