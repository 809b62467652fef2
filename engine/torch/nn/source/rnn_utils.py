# torch.nn.utils.rnn for agnb Python: pad_sequence, as PyTorch 1.13's native op builds it (a tensor full of
# the padding value, each sequence copied into its slot, so the result's grad_fn is a chain of CopySlices).
# Packed sequences are not supported yet and say so.
import torch


def pad_sequence(sequences, batch_first=False, padding_value=0.0):
    sequences = tuple(sequences)
    if len(sequences) == 0:
        raise RuntimeError('received an empty list of sequences')
    max_len = max(sequence.size(0) for sequence in sequences)
    trailing = tuple(sequences[0].size()[1:])
    leading = (len(sequences), max_len) if batch_first else (max_len, len(sequences))
    out = torch.full(leading + trailing, padding_value, dtype=sequences[0].dtype)
    for i, sequence in enumerate(sequences):
        out.select(0 if batch_first else 1, i).narrow(0, 0, sequence.size(0)).copy_(sequence)
    return out


def _packed_sequences_unsupported(name):
    def refuse(*args, **kwargs):
        raise NotImplementedError(f'torch.nn.utils.rnn.{name}: packed sequences are not supported in agnb yet; pad with pad_sequence instead')
    refuse.__name__ = name
    return refuse


pack_padded_sequence = _packed_sequences_unsupported('pack_padded_sequence')
pad_packed_sequence = _packed_sequences_unsupported('pad_packed_sequence')
pack_sequence = _packed_sequences_unsupported('pack_sequence')
unpack_sequence = _packed_sequences_unsupported('unpack_sequence')
