# Every optimizer over several steps on a small model with fixed data: the loss and every parameter (exact
# values through tolist) after each step, then the optimizer's state_dict. The updates must match PyTorch's
# default single-tensor implementations bit for bit.
import torch
import torch.nn as nn

torch.manual_seed(0)
inputs = torch.randn(16, 5)
targets = torch.randn(16, 3)


def run(name, make_optimizer, steps=4):
    torch.manual_seed(1)
    # 8x5 = 40 weights: one vector block of 32 and a tail of 8; the rest are shorter than a vector block.
    model = nn.Sequential(nn.Linear(5, 8), nn.ReLU(), nn.Linear(8, 3))
    optimizer = make_optimizer(model.parameters())
    print("==", name)
    for step in range(steps):
        optimizer.zero_grad()
        loss = nn.MSELoss()(model(inputs), targets)
        loss.backward()
        optimizer.step()
        print(step, loss.item())
        for p in model.parameters():
            print(" ", p.detach().reshape(-1).tolist())
    state = optimizer.state_dict()
    print(sorted(state.keys()), state["param_groups"])
    for index, entry in state["state"].items():
        print(index, {key: (value.reshape(-1).tolist() if isinstance(value, torch.Tensor) else value) for key, value in entry.items()})


run("SGD", lambda p: torch.optim.SGD(p, lr=0.1))
run("SGD momentum", lambda p: torch.optim.SGD(p, lr=0.05, momentum=0.9))
run("SGD dampening weight_decay", lambda p: torch.optim.SGD(p, lr=0.05, momentum=0.8, dampening=0.3, weight_decay=0.01))
run("SGD nesterov maximize", lambda p: torch.optim.SGD(p, lr=0.03, momentum=0.7, nesterov=True, maximize=True))
run("Adam", lambda p: torch.optim.Adam(p, lr=0.01))
run("Adam betas weight_decay amsgrad", lambda p: torch.optim.Adam(p, lr=0.02, betas=(0.8, 0.95), eps=1e-6, weight_decay=0.1, amsgrad=True))
run("Adam maximize", lambda p: torch.optim.Adam(p, maximize=True))
run("AdamW", lambda p: torch.optim.AdamW(p, lr=0.01))
run("AdamW amsgrad", lambda p: torch.optim.AdamW(p, lr=0.03, weight_decay=0.2, amsgrad=True))
run("RMSprop", lambda p: torch.optim.RMSprop(p, lr=0.01))
run("RMSprop centered momentum", lambda p: torch.optim.RMSprop(p, lr=0.005, alpha=0.9, eps=1e-5, weight_decay=0.05, momentum=0.6, centered=True))
run("RMSprop momentum maximize", lambda p: torch.optim.RMSprop(p, lr=0.002, momentum=0.3, maximize=True))
run("Adagrad", lambda p: torch.optim.Adagrad(p, lr=0.1))
run("Adagrad decay", lambda p: torch.optim.Adagrad(p, lr=0.2, lr_decay=0.1, weight_decay=0.02, initial_accumulator_value=0.5, eps=1e-6))
run("SGD integer lr", lambda p: torch.optim.SGD(p, lr=1))
