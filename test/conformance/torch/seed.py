# The seed tutorial (autograd-tutorial-zh.md) as one script, its cells in order. The generator is seeded so
# the printed numbers are reproducible; the cell that raises is wrapped so the script goes on.
import torch

torch.manual_seed(0)

# In [1]
x = torch.ones(5)  # input tensor
y = torch.zeros(3)  # expected output
w = torch.randn(5, 3, requires_grad=True) # 权重参数 - 需要计算梯度
b = torch.randn(3, requires_grad=True) # 偏置参数 - 需要计算梯度
# 前向传播 - 构建计算图
z = torch.matmul(x, w)+b # 计算图节点1
loss = torch.nn.functional.binary_cross_entropy_with_logits(z, y) # 计算图节点2

# In [3]
# 反向传播 - 自动求导
loss.backward()
print(w.grad)# 权重的梯度
print(b.grad) # 偏置的梯度

# In [4]
print(f"z 的梯度函数: {z.grad_fn}")        # <AddBackward0 object>
print(f"loss 的梯度函数: {loss.grad_fn}")  # <BinaryCrossEntropyWithLogitsBackward0 object>

# In [5]
# 叶节点是可以计算梯度的张量
print(f"w 是叶节点: {w.is_leaf}")      # True
print(f"w 需要梯度: {w.requires_grad}") # True

# 中间节点通常不是叶节点
print(f"z 是叶节点: {z.is_leaf}")      # False
print(f"z 需要梯度: {z.requires_grad}") # True

# In [6]
try:
    # 执行反向传播
    loss.backward()

    # 梯度存储在 .grad 属性中
    print("权重梯度:", w.grad.shape)  # torch.Size([5, 3])
    print("偏置梯度:", b.grad.shape)  # torch.Size([3])
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

# Disabling Gradient Tracking
z = torch.matmul(x, w)+b
print(z.requires_grad)

with torch.no_grad():
    z = torch.matmul(x, w)+b
print(z.requires_grad)

z = torch.matmul(x, w)+b
z_det = z.detach()
print(z_det.requires_grad)

# 1. 训练模式（需要梯度）
# 默认模式 - 跟踪计算历史
w = torch.randn(5, 3, requires_grad=True)
z = torch.matmul(x, w) + b
print(z.requires_grad)  # True

# 2. 推理模式（不需要梯度）
# 方法1: 使用 torch.no_grad() 上下文管理器
with torch.no_grad():
    z = torch.matmul(x, w) + b
    print(z.requires_grad)  # False

# 方法2: 使用 detach() 方法
z = torch.matmul(x, w) + b
z_det = z.detach()
print(z_det.requires_grad)  # False

# 方法3: 禁用全局梯度计算
torch.set_grad_enabled(False)
z = torch.matmul(x, w) + b
print(z.requires_grad)  # False

torch.set_grad_enabled(True)  # 恢复

# In [7]
import torch
import torch.nn as nn

# 定义简单神经网络
class SimpleNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = nn.Linear(5, 3)
    
    def forward(self, x):
        return self.linear(x)

# 创建模型和数据
model = SimpleNet()
x = torch.randn(2, 5)
y_true = torch.randn(2, 3)

# 前向传播
y_pred = model(x)
loss = nn.MSELoss()(y_pred, y_true)

# 自动求导
loss.backward()

# 查看参数梯度
for name, param in model.named_parameters():
    print(f"{name} 的梯度形状: {param.grad.shape}")

# The values behind the shapes, and the graph the tutorial describes.
print(model)
print(loss, y_pred.grad_fn, loss.grad_fn.next_functions)
for name, param in model.named_parameters():
    print(name, param, param.grad)
