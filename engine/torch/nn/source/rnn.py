# torch.nn's recurrent layers (torch/nn/modules/rnn.py) for agnb Python: RNN, LSTM, GRU and their cells.
# The layers run the tensor operations of PyTorch 1.13's CPU implementation (aten/src/ATen/native/RNN.cpp) in
# its order: the input projection of a whole layer at once, then per time step the hidden projection added in
# place, the gates as unsafe chunks activated in place, the step outputs stacked. So outputs, gradients and
# grad_fn names are PyTorch's bit for bit.
import math
import warnings
import torch
from torch.nn import Module, Parameter, init
import torch.nn.functional as F

_GATES = {'LSTM': 4, 'GRU': 3, 'RNN_TANH': 1, 'RNN_RELU': 1}


def _refuse_projection(kwargs):
    if 'proj_size' in kwargs:
        raise ValueError("proj_size argument is only supported for LSTM, not RNN or GRU")


def _lstm_step(gates_input, state, weights, precomputed):
    """One LSTM step: gates_input is x W_ih^T + b_ih when precomputed, else x itself."""
    hx, cx = state
    w_ih, w_hh, b_ih, b_hh, w_hr = weights
    gates = F.linear(hx, w_hh, b_hh).add_(gates_input if precomputed else F.linear(gates_input, w_ih, b_ih))
    ingate, forgetgate, cellgate, outgate = gates.unsafe_chunk(4, 1)
    ingate = ingate.sigmoid_()
    forgetgate = forgetgate.sigmoid_()
    cellgate = cellgate.tanh_()
    outgate = outgate.sigmoid_()
    cy = (forgetgate * cx).add_(ingate * cellgate)
    hy = outgate * cy.tanh()
    if w_hr is not None:
        hy = torch.matmul(hy, w_hr.t())
    return hy, cy


def _gru_step(gates_input, hx, weights, precomputed):
    w_ih, w_hh, b_ih, b_hh, _ = weights
    igates = (gates_input if precomputed else F.linear(gates_input, w_ih, b_ih)).unsafe_chunk(3, 1)
    hgates = F.linear(hx, w_hh, b_hh).unsafe_chunk(3, 1)
    reset_gate = hgates[0].add_(igates[0]).sigmoid_()
    input_gate = hgates[1].add_(igates[1]).sigmoid_()
    new_gate = igates[2].add(hgates[2].mul_(reset_gate)).tanh_()
    return (hx - new_gate).mul_(input_gate).add_(new_gate)


def _simple_step(nonlinearity):
    def step(gates_input, hx, weights, precomputed):
        w_ih, w_hh, b_ih, b_hh, _ = weights
        return nonlinearity(F.linear(hx, w_hh, b_hh).add_(gates_input if precomputed else F.linear(gates_input, w_ih, b_ih)))
    return step


_STEPS = {'LSTM': _lstm_step, 'GRU': _gru_step, 'RNN_TANH': _simple_step(torch.tanh), 'RNN_RELU': _simple_step(torch.relu)}


def _run_direction(step, mode, projected, state, weights, reverse):
    """One direction of one layer over the projected inputs: the stacked step outputs and the final state."""
    steps = projected.unbind(0)
    if len(steps) == 0:
        raise RuntimeError('Expected sequence length to be larger than 0 in RNN')
    outputs = []
    for gates_input in (reversed(steps) if reverse else steps):
        state = step(gates_input, state, weights, True)
        outputs.append(state[0] if mode == 'LSTM' else state)
    if reverse:
        outputs.reverse()
    return torch.stack(outputs, 0), state


def _run_layers(module, input, hiddens):
    """The layer stack of RNN.cpp's _rnn_impl on a (seq, batch, feature) input; hiddens per layer and direction."""
    step = _STEPS[module.mode]
    directions = 2 if module.bidirectional else 1
    final = []
    layer_input = input
    for layer in range(module.num_layers):
        outputs = []
        for direction in range(directions):
            index = layer * directions + direction
            weights = module._layer_weights(index)
            projected = F.linear(layer_input, weights[0], weights[2])
            output, state = _run_direction(step, module.mode, projected, hiddens[index], weights, direction == 1)
            outputs.append(output)
            final.append(state)
        layer_input = outputs[0] if directions == 1 else torch.cat(outputs, outputs[0].dim() - 1)
        if module.dropout != 0 and module.training and layer < module.num_layers - 1:
            layer_input = F.dropout(layer_input, module.dropout, True)
    return layer_input, final


class RNNBase(Module):
    __module__ = 'torch.nn.modules.rnn'

    def __init__(self, mode, input_size, hidden_size, num_layers=1, bias=True, batch_first=False, dropout=0.,
                 bidirectional=False, proj_size=0, device=None, dtype=None):
        super().__init__()
        self.mode = mode
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.bias = bias
        self.batch_first = batch_first
        self.dropout = float(dropout)
        self.bidirectional = bidirectional
        self.proj_size = proj_size
        num_directions = 2 if bidirectional else 1
        if not isinstance(dropout, (int, float)) or not 0 <= dropout <= 1 or isinstance(dropout, bool):
            raise ValueError("dropout should be a number in range [0, 1] "
                             "representing the probability of an element being zeroed")
        if dropout > 0 and num_layers == 1:
            warnings.warn("dropout option adds dropout after all but last "
                          "recurrent layer, so non-zero dropout expects "
                          "num_layers greater than 1, but got dropout={} and "
                          "num_layers={}".format(dropout, num_layers))
        if proj_size < 0:
            raise ValueError("proj_size should be a positive integer or zero to disable projections")
        if proj_size >= hidden_size:
            raise ValueError("proj_size has to be smaller than hidden_size")
        if mode not in _GATES:
            raise ValueError("Unrecognized RNN mode: " + mode)
        gate_size = _GATES[mode] * hidden_size
        self._flat_weights_names = []
        self._all_weights = []
        for layer in range(num_layers):
            for direction in range(num_directions):
                real_hidden_size = proj_size if proj_size > 0 else hidden_size
                layer_input_size = input_size if layer == 0 else real_hidden_size * num_directions
                w_ih = Parameter(torch.empty((gate_size, layer_input_size), dtype=dtype))
                w_hh = Parameter(torch.empty((gate_size, real_hidden_size), dtype=dtype))
                b_ih = Parameter(torch.empty(gate_size, dtype=dtype))
                b_hh = Parameter(torch.empty(gate_size, dtype=dtype))
                layer_params = (w_ih, w_hh, b_ih, b_hh) if bias else (w_ih, w_hh)
                if proj_size > 0:
                    layer_params = layer_params + (Parameter(torch.empty((proj_size, hidden_size), dtype=dtype)),)
                suffix = '_reverse' if direction == 1 else ''
                param_names = ['weight_ih_l{}{}', 'weight_hh_l{}{}']
                if bias:
                    param_names += ['bias_ih_l{}{}', 'bias_hh_l{}{}']
                if proj_size > 0:
                    param_names += ['weight_hr_l{}{}']
                param_names = [x.format(layer, suffix) for x in param_names]
                for name, param in zip(param_names, layer_params):
                    setattr(self, name, param)
                self._flat_weights_names.extend(param_names)
                self._all_weights.append(param_names)
        self._flat_weights = [getattr(self, name) for name in self._flat_weights_names]
        self.reset_parameters()

    def flatten_parameters(self):
        pass

    def reset_parameters(self):
        stdv = 1.0 / math.sqrt(self.hidden_size) if self.hidden_size > 0 else 0
        for weight in self.parameters():
            init.uniform_(weight, -stdv, stdv)

    def _layer_weights(self, index):
        """(w_ih, w_hh, b_ih, b_hh, w_hr) of one layer and direction, None where absent, read at call time."""
        names = self._all_weights[index]
        weights = [getattr(self, name) for name in names]
        if not self.bias:
            weights[2:2] = [None, None]
        return tuple(weights) + ((None,) if self.proj_size == 0 else ())

    def check_input(self, input, batch_sizes):
        expected_input_dim = 2 if batch_sizes is not None else 3
        if input.dim() != expected_input_dim:
            raise RuntimeError('input must have {} dimensions, got {}'.format(expected_input_dim, input.dim()))
        if self.input_size != input.size(-1):
            raise RuntimeError('input.size(-1) must be equal to input_size. Expected {}, got {}'.format(
                self.input_size, input.size(-1)))

    def get_expected_hidden_size(self, input, batch_sizes):
        mini_batch = input.size(0) if self.batch_first else input.size(1)
        num_directions = 2 if self.bidirectional else 1
        if self.proj_size > 0:
            return (self.num_layers * num_directions, mini_batch, self.proj_size)
        return (self.num_layers * num_directions, mini_batch, self.hidden_size)

    def check_hidden_size(self, hx, expected_hidden_size, msg='Expected hidden size {}, got {}'):
        if hx.size() != expected_hidden_size:
            raise RuntimeError(msg.format(expected_hidden_size, list(hx.size())))

    def check_forward_args(self, input, hidden, batch_sizes):
        self.check_input(input, batch_sizes)
        self.check_hidden_size(hidden, self.get_expected_hidden_size(input, batch_sizes))

    def permute_hidden(self, hx, permutation):
        return hx

    def extra_repr(self):
        s = '{input_size}, {hidden_size}'
        if self.proj_size != 0:
            s += ', proj_size={proj_size}'
        if self.num_layers != 1:
            s += ', num_layers={num_layers}'
        if self.bias is not True:
            s += ', bias={bias}'
        if self.batch_first is not False:
            s += ', batch_first={batch_first}'
        if self.dropout != 0:
            s += ', dropout={dropout}'
        if self.bidirectional is not False:
            s += ', bidirectional={bidirectional}'
        return s.format(**self.__dict__)

    @property
    def all_weights(self):
        return [[getattr(self, weight) for weight in weights] for weights in self._all_weights]

    def _batched(self, input):
        """The input as (seq, batch, feature) as RNN.cpp sees it, and whether it had a batch dim."""
        is_batched = input.dim() == 3
        if not is_batched:
            input = input.unsqueeze(1 if not self.batch_first else 0)
        return input, is_batched

    def _zeros(self, input, size):
        max_batch_size = input.size(0) if self.batch_first else input.size(1)
        num_directions = 2 if self.bidirectional else 1
        return torch.zeros(self.num_layers * num_directions, max_batch_size, size, dtype=input.dtype)

    def _run(self, input, hiddens):
        output, final = _run_layers(self, input.transpose(0, 1) if self.batch_first else input, hiddens)
        if self.batch_first:
            # RNN.cpp transposes the output back in place, except LSTM's
            output = output.transpose(0, 1) if self.mode == 'LSTM' else output.transpose_(0, 1)
        return output, final

    def _forward_one_state(self, input, hx):
        """The forward of RNN and GRU, whose hidden state is one tensor."""
        batch_dim = 0 if self.batch_first else 1
        input, is_batched = self._batched(input)
        if hx is None:
            hx = self._zeros(input, self.hidden_size)
        elif is_batched:
            if hx.dim() != 3:
                raise RuntimeError(f"For batched 3-D input, hx should also be 3-D but got {hx.dim()}-D tensor")
        else:
            if hx.dim() != 2:
                raise RuntimeError(f"For unbatched 2-D input, hx should also be 2-D but got {hx.dim()}-D tensor")
            hx = hx.unsqueeze(1)
        self.check_forward_args(input, hx, None)
        output, final = self._run(input, hx.unbind(0))
        hidden = torch.stack(final, 0)
        if not is_batched:
            output = output.squeeze(batch_dim)
            hidden = hidden.squeeze(1)
        return output, hidden


class RNN(RNNBase):
    __module__ = 'torch.nn.modules.rnn'

    def __init__(self, *args, **kwargs):
        _refuse_projection(kwargs)
        self.nonlinearity = kwargs.pop('nonlinearity', 'tanh')
        if self.nonlinearity == 'tanh':
            mode = 'RNN_TANH'
        elif self.nonlinearity == 'relu':
            mode = 'RNN_RELU'
        else:
            raise ValueError("Unknown nonlinearity '{}'".format(self.nonlinearity))
        super().__init__(mode, *args, **kwargs)

    def forward(self, input, hx=None):
        return self._forward_one_state(input, hx)


class LSTM(RNNBase):
    __module__ = 'torch.nn.modules.rnn'

    def __init__(self, *args, **kwargs):
        super().__init__('LSTM', *args, **kwargs)

    def get_expected_cell_size(self, input, batch_sizes):
        mini_batch = input.size(0) if self.batch_first else input.size(1)
        num_directions = 2 if self.bidirectional else 1
        return (self.num_layers * num_directions, mini_batch, self.hidden_size)

    def check_forward_args(self, input, hidden, batch_sizes):
        self.check_input(input, batch_sizes)
        self.check_hidden_size(hidden[0], self.get_expected_hidden_size(input, batch_sizes),
                               'Expected hidden[0] size {}, got {}')
        self.check_hidden_size(hidden[1], self.get_expected_cell_size(input, batch_sizes),
                               'Expected hidden[1] size {}, got {}')

    def forward(self, input, hx=None):
        batch_dim = 0 if self.batch_first else 1
        input, is_batched = self._batched(input)
        if hx is None:
            real_hidden_size = self.proj_size if self.proj_size > 0 else self.hidden_size
            hx = (self._zeros(input, real_hidden_size), self._zeros(input, self.hidden_size))
        elif is_batched:
            if hx[0].dim() != 3 or hx[1].dim() != 3:
                msg = ("For batched 3-D input, hx and cx should "
                       f"also be 3-D but got ({hx[0].dim()}-D, {hx[1].dim()}-D) tensors")
                raise RuntimeError(msg)
        else:
            if hx[0].dim() != 2 or hx[1].dim() != 2:
                msg = ("For unbatched 2-D input, hx and cx should "
                       f"also be 2-D but got ({hx[0].dim()}-D, {hx[1].dim()}-D) tensors")
                raise RuntimeError(msg)
            hx = (hx[0].unsqueeze(1), hx[1].unsqueeze(1))
        self.check_forward_args(input, hx, None)
        output, final = self._run(input, list(zip(hx[0].unbind(0), hx[1].unbind(0))))
        hidden = (torch.stack([h for h, _ in final], 0), torch.stack([c for _, c in final], 0))
        if not is_batched:
            output = output.squeeze(batch_dim)
            hidden = (hidden[0].squeeze(1), hidden[1].squeeze(1))
        return output, hidden


class GRU(RNNBase):
    __module__ = 'torch.nn.modules.rnn'

    def __init__(self, *args, **kwargs):
        _refuse_projection(kwargs)
        super().__init__('GRU', *args, **kwargs)

    def forward(self, input, hx=None):
        return self._forward_one_state(input, hx)


class RNNCellBase(Module):
    __module__ = 'torch.nn.modules.rnn'

    def __init__(self, input_size, hidden_size, bias, num_chunks, device=None, dtype=None):
        super().__init__()
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.bias = bias
        self.weight_ih = Parameter(torch.empty((num_chunks * hidden_size, input_size), dtype=dtype))
        self.weight_hh = Parameter(torch.empty((num_chunks * hidden_size, hidden_size), dtype=dtype))
        if bias:
            self.bias_ih = Parameter(torch.empty(num_chunks * hidden_size, dtype=dtype))
            self.bias_hh = Parameter(torch.empty(num_chunks * hidden_size, dtype=dtype))
        else:
            self.register_parameter('bias_ih', None)
            self.register_parameter('bias_hh', None)
        self.reset_parameters()

    def extra_repr(self):
        s = '{input_size}, {hidden_size}'
        if 'bias' in self.__dict__ and self.bias is not True:
            s += ', bias={bias}'
        if 'nonlinearity' in self.__dict__ and self.nonlinearity != "tanh":
            s += ', nonlinearity={nonlinearity}'
        return s.format(**self.__dict__)

    def reset_parameters(self):
        stdv = 1.0 / math.sqrt(self.hidden_size) if self.hidden_size > 0 else 0
        for weight in self.parameters():
            init.uniform_(weight, -stdv, stdv)

    def _weights(self):
        return (self.weight_ih, self.weight_hh, self.bias_ih, self.bias_hh, None)

    def _check(self, input, hiddens):
        """RNN.cpp's checks of a cell's input and hidden states (LSTM's cell state is named hidden0 there too)."""
        if input.size(1) != self.input_size:
            raise RuntimeError(f"input has inconsistent input_size: got {input.size(1)} expected {self.input_size}")
        label = 0
        for hx in hiddens:
            if input.size(0) != hx.size(0):
                raise RuntimeError(f"Input batch size {input.size(0)} doesn't match hidden{label} batch size {hx.size(0)}")
            if hx.size(1) != self.hidden_size:
                raise RuntimeError(f"hidden{label} has inconsistent hidden_size: got {hx.size(1)}, expected {self.hidden_size}")

    def _single(self, name, input, hx, step, paired=False):
        """A cell's forward: one step of `step` from hx (zeros when None; a (h, c) pair when `paired`)."""
        assert input.dim() in (1, 2), f"{name}: Expected input to be 1-D or 2-D but received {input.dim()}-D tensor"
        is_batched = input.dim() == 2
        if not is_batched:
            input = input.unsqueeze(0)
        if hx is None:
            zeros = torch.zeros(input.size(0), self.hidden_size, dtype=input.dtype)
            hx = (zeros, zeros) if paired else zeros
        elif not is_batched:
            hx = (hx[0].unsqueeze(0), hx[1].unsqueeze(0)) if paired else hx.unsqueeze(0)
        self._check(input, hx if paired else [hx])
        ret = step(input, hx, self._weights(), False)
        if not is_batched:
            ret = (ret[0].squeeze(0), ret[1].squeeze(0)) if paired else ret.squeeze(0)
        return ret


class RNNCell(RNNCellBase):
    __module__ = 'torch.nn.modules.rnn'

    def __init__(self, input_size, hidden_size, bias=True, nonlinearity="tanh", device=None, dtype=None):
        super().__init__(input_size, hidden_size, bias, num_chunks=1, dtype=dtype)
        self.nonlinearity = nonlinearity

    def forward(self, input, hx=None):
        if self.nonlinearity == "tanh":
            step = _STEPS['RNN_TANH']
        elif self.nonlinearity == "relu":
            step = _STEPS['RNN_RELU']
        else:
            raise RuntimeError("Unknown nonlinearity: {}".format(self.nonlinearity))
        return self._single('RNNCell', input, hx, step)


class LSTMCell(RNNCellBase):
    __module__ = 'torch.nn.modules.rnn'

    def __init__(self, input_size, hidden_size, bias=True, device=None, dtype=None):
        super().__init__(input_size, hidden_size, bias, num_chunks=4, dtype=dtype)

    def forward(self, input, hx=None):
        return self._single('LSTMCell', input, hx, _lstm_step, paired=True)


class GRUCell(RNNCellBase):
    __module__ = 'torch.nn.modules.rnn'

    def __init__(self, input_size, hidden_size, bias=True, device=None, dtype=None):
        super().__init__(input_size, hidden_size, bias, num_chunks=3, dtype=dtype)

    def forward(self, input, hx=None):
        return self._single('GRUCell', input, hx, _gru_step)
