# NAdam, RAdam, Rprop and ASGD for agnb Python, over the native Optimizer base. Each checks its options with
# PyTorch 1.13's messages, keeps them in its defaults dict in PyTorch's order, creates its state as PyTorch
# does and steps through the tensor operations of PyTorch's default single-tensor implementation in its order,
# so parameters match PyTorch's bit for bit step after step.
import math
import torch
from torch.optim import Optimizer


def _check_adam_options(lr, eps, betas, weight_decay):
    if not 0.0 <= lr:
        raise ValueError("Invalid learning rate: {}".format(lr))
    if not 0.0 <= eps:
        raise ValueError("Invalid epsilon value: {}".format(eps))
    if not 0.0 <= betas[0] < 1.0:
        raise ValueError("Invalid beta parameter at index 0: {}".format(betas[0]))
    if not 0.0 <= betas[1] < 1.0:
        raise ValueError("Invalid beta parameter at index 1: {}".format(betas[1]))
    if not 0.0 <= weight_decay:
        raise ValueError("Invalid weight_decay value: {}".format(weight_decay))


class _PerParameter(Optimizer):
    """Steps each parameter that has a gradient through `_update(group, param, state)`, as PyTorch's default
    single-tensor implementations do (their state is created on a parameter's first step)."""

    @torch.no_grad()
    def step(self, closure=None):
        loss = None
        if closure is not None:
            with torch.enable_grad():
                loss = closure()
        for group in self.param_groups:
            if group['foreach']:
                raise NotImplementedError('agnb: foreach=True (the multi-tensor implementation) is not supported; leave foreach unset')
            for param in group['params']:
                if param.grad is None:
                    continue
                if param.grad.is_sparse:
                    raise RuntimeError(f'{type(self).__name__} does not support sparse gradients')
                self._update(group, param, self.state[param])
        return loss


class NAdam(_PerParameter):
    def __init__(self, params, lr=2e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0, momentum_decay=4e-3, foreach=None):
        _check_adam_options(lr, eps, betas, weight_decay)
        if not 0.0 <= momentum_decay:
            raise ValueError("Invalid momentum_decay value: {}".format(momentum_decay))
        defaults = dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay, momentum_decay=momentum_decay, foreach=foreach)
        super().__init__(params, defaults)

    def _update(self, group, param, state):
        beta1, beta2 = group['betas']
        lr, weight_decay, momentum_decay, eps = group['lr'], group['weight_decay'], group['momentum_decay'], group['eps']
        if len(state) == 0:
            state['step'] = torch.tensor(0.)
            state['mu_product'] = torch.tensor(1.)
            state['exp_avg'] = torch.zeros_like(param)
            state['exp_avg_sq'] = torch.zeros_like(param)
        grad = param.grad
        exp_avg, exp_avg_sq, mu_product, step_t = state['exp_avg'], state['exp_avg_sq'], state['mu_product'], state['step']
        step_t += 1
        step = step_t.item()
        bias_correction2 = 1 - beta2 ** step
        if weight_decay != 0:
            grad = grad.add(param, alpha=weight_decay)
        mu = beta1 * (1. - 0.5 * (0.96 ** (step * momentum_decay)))
        mu_next = beta1 * (1. - 0.5 * (0.96 ** ((step + 1) * momentum_decay)))
        mu_product *= mu
        mu_product_next = mu_product * mu * mu_next
        exp_avg.mul_(beta1).add_(grad, alpha=1 - beta1)
        exp_avg_sq.mul_(beta2).addcmul_(grad, grad, value=1 - beta2)
        denom = exp_avg_sq.div(bias_correction2).sqrt().add_(eps)
        param.addcdiv_(grad, denom, value=-lr * (1. - mu) / (1. - mu_product.item()))
        param.addcdiv_(exp_avg, denom, value=-lr * mu_next / (1. - mu_product_next.item()))


class RAdam(_PerParameter):
    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0, foreach=None):
        _check_adam_options(lr, eps, betas, weight_decay)
        defaults = dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay, foreach=foreach)
        super().__init__(params, defaults)

    def _update(self, group, param, state):
        beta1, beta2 = group['betas']
        lr, weight_decay, eps = group['lr'], group['weight_decay'], group['eps']
        if len(state) == 0:
            state['step'] = torch.tensor(0.)
            state['exp_avg'] = torch.zeros_like(param)
            state['exp_avg_sq'] = torch.zeros_like(param)
        grad = param.grad
        exp_avg, exp_avg_sq, step_t = state['exp_avg'], state['exp_avg_sq'], state['step']
        step_t += 1
        step = step_t.item()
        bias_correction1 = 1 - beta1 ** step
        bias_correction2 = 1 - beta2 ** step
        if weight_decay != 0:
            grad = grad.add(param, alpha=weight_decay)
        exp_avg.mul_(beta1).add_(grad, alpha=1 - beta1)
        exp_avg_sq.mul_(beta2).addcmul_(grad, grad, value=1 - beta2)
        corrected = exp_avg / bias_correction1
        rho_inf = 2 / (1 - beta2) - 1
        rho_t = rho_inf - 2 * step * (beta2 ** step) / bias_correction2
        if rho_t > 5.:
            rect = math.sqrt((rho_t - 4) * (rho_t - 2) * rho_inf / ((rho_inf - 4) * (rho_inf - 2) * rho_t))
            adaptive_lr = math.sqrt(bias_correction2) / exp_avg_sq.sqrt().add_(eps)
            param.add_(corrected * lr * adaptive_lr * rect, alpha=-1.0)
        else:
            param.add_(corrected * lr, alpha=-1.0)


class Rprop(_PerParameter):
    def __init__(self, params, lr=1e-2, etas=(0.5, 1.2), step_sizes=(1e-6, 50), foreach=None, maximize=False):
        if not 0.0 <= lr:
            raise ValueError("Invalid learning rate: {}".format(lr))
        if not 0.0 < etas[0] < 1.0 < etas[1]:
            raise ValueError("Invalid eta values: {}, {}".format(etas[0], etas[1]))
        defaults = dict(lr=lr, etas=etas, step_sizes=step_sizes, foreach=foreach, maximize=maximize)
        super().__init__(params, defaults)

    def _update(self, group, param, state):
        etaminus, etaplus = group['etas']
        step_size_min, step_size_max = group['step_sizes']
        grad = param.grad
        if len(state) == 0:
            state['step'] = 0
            state['prev'] = torch.zeros_like(param)
            state['step_size'] = torch.full_like(grad, group['lr'])
        state['step'] += 1
        prev, step_size = state['prev'], state['step_size']
        if group['maximize']:
            grad = -grad
        sign = grad.mul(prev).sign()
        sign[sign.gt(0)] = etaplus
        sign[sign.lt(0)] = etaminus
        sign[sign.eq(0)] = 1
        step_size.mul_(sign).clamp_(step_size_min, step_size_max)
        grad = grad.clone()
        grad[sign.eq(etaminus)] = 0
        param.addcmul_(grad.sign(), step_size, value=-1)
        prev.copy_(grad)


class ASGD(_PerParameter):
    def __init__(self, params, lr=1e-2, lambd=1e-4, alpha=0.75, t0=1e6, weight_decay=0, foreach=None, maximize=False):
        if not 0.0 <= lr:
            raise ValueError("Invalid learning rate: {}".format(lr))
        if not 0.0 <= weight_decay:
            raise ValueError("Invalid weight_decay value: {}".format(weight_decay))
        defaults = dict(lr=lr, lambd=lambd, alpha=alpha, t0=t0, weight_decay=weight_decay, foreach=foreach, maximize=maximize)
        super().__init__(params, defaults)

    def _update(self, group, param, state):
        lambd, lr, t0, alpha, weight_decay = group['lambd'], group['lr'], group['t0'], group['alpha'], group['weight_decay']
        if len(state) == 0:
            state['step'] = torch.tensor(0.)
            state['eta'] = torch.tensor(group['lr'])
            state['mu'] = torch.tensor(1.)
            state['ax'] = torch.zeros_like(param)
        grad = param.grad if not group['maximize'] else -param.grad
        mu, ax, eta, step_t = state['mu'], state['ax'], state['eta'], state['step']
        step_t += 1
        step = step_t.item()
        if weight_decay != 0:
            grad = grad.add(param, alpha=weight_decay)
        param.mul_(1 - lambd * eta.item())
        param.add_(grad, alpha=-eta.item())
        if mu.item() != 1:
            ax.add_(param.sub(ax).mul(mu))
        else:
            ax.copy_(param)
        eta.copy_(torch.tensor(lr / math.pow((1 + lambd * lr * step), alpha)))
        mu.copy_(torch.tensor(1 / max(1, step - t0)))
