# torch.distributions: Normal, Categorical, Bernoulli, Uniform — samples from torch's generator, rsample's graph,
# log_prob/entropy/cdf, lazily computed probs/logits in reprs, validation messages and kl_divergence.
import math
import torch
from torch.distributions import Normal, Categorical, Bernoulli, Uniform
import torch.distributions as D
torch.manual_seed(0)
n = Normal(0.0, 1.0)
print(n, n.batch_shape, n.event_shape, n.mean, n.stddev, n.variance)
s = n.sample()
print(s, n.sample((3,)), n.sample([2, 2]))
print(n.log_prob(torch.tensor([0.0, 1.0, -2.0])), n.entropy(), n.cdf(torch.tensor(0.5)))
loc = torch.zeros(3, requires_grad=True)
scale = torch.ones(3) * 2
m = Normal(loc, scale)
x = m.rsample()
print(m, x, x.grad_fn.name())
lp = m.log_prob(x).sum()
lp.backward()
print(lp, loc.grad)
print(m.sample((2,)).shape, m.batch_shape)
c = Categorical(probs=torch.tensor([0.1, 0.2, 0.7]))
print(c, c.probs, c.logits, c.sample(), c.sample((5,)), c.entropy(), c.log_prob(torch.tensor(2)))
c2 = Categorical(logits=torch.tensor([[1.0, 2.0, 3.0], [0.0, 0.0, 5.0]]))
print(c2, c2.probs, c2.sample(), c2.sample((4,)), c2.log_prob(torch.tensor([0, 2])), c2.entropy(), c2.batch_shape)
logits = torch.randn(4, requires_grad=True)
dist = Categorical(logits=logits)
a = dist.sample()
loss = -dist.log_prob(a) * 2.5
loss.backward()
print(a, loss, logits.grad)
b = Bernoulli(probs=torch.tensor([0.3, 0.9]))
print(b, b.sample(), b.sample((3,)), b.log_prob(torch.tensor([1.0, 0.0])), b.entropy(), b.mean, b.variance, b.logits)
b2 = Bernoulli(logits=torch.tensor([0.5]))
print(b2, b2.probs, b2.sample((2,)))
u = Uniform(torch.tensor([0.0, 1.0]), torch.tensor([2.0, 5.0]))
print(u, u.sample(), u.rsample((2,)), u.log_prob(torch.tensor([1.0, 4.0])), u.entropy(), u.mean, u.stddev)
print(Uniform(-1, 1).sample((3,)))
for f in [lambda: Normal(0.0, -1.0), lambda: Categorical(torch.tensor([0.5, -0.1])), lambda: Bernoulli(torch.tensor(1.5)), lambda: Normal(0., 1.).log_prob(torch.tensor([float('nan')])), lambda: Categorical(), lambda: Uniform(1.0, 0.0), lambda: Categorical(probs=torch.tensor([0.5, 0.5])).log_prob(torch.tensor(3))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(D.kl_divergence(Normal(0., 1.), Normal(1., 2.)))
print(isinstance(n, D.Distribution), Normal.arg_constraints, n.support, n.has_rsample, c.has_rsample)
