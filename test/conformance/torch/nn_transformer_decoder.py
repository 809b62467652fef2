# nn.Transformer with TransformerDecoderLayer / TransformerDecoder: xavier init over all matrices, causal and padding
# masks, a few SGD steps, evaluation, a pre-norm GELU decoder layer, shape errors and the decoder layer's repr.
import torch
import torch.nn as nn
torch.manual_seed(0)
model = nn.Transformer(d_model=16, nhead=4, num_encoder_layers=2, num_decoder_layers=2, dim_feedforward=32, dropout=0.1)
print(sum(p.numel() for p in model.parameters()), model.encoder.layers[0].self_attn.in_proj_weight.sum().item())
src = torch.randn(7, 3, 16)
tgt = torch.randn(5, 3, 16)
tgt_mask = nn.Transformer.generate_square_subsequent_mask(5)
print(tgt_mask)
opt = torch.optim.SGD(model.parameters(), lr=0.01)
for step in range(4):
    opt.zero_grad()
    out = model(src, tgt, tgt_mask=tgt_mask, tgt_key_padding_mask=torch.tensor([[False] * 5, [False] * 4 + [True], [False] * 5]))
    loss = out.pow(2).mean()
    loss.backward()
    opt.step()
    print(step, loss.item(), out.grad_fn.name())
model.eval()
with torch.no_grad():
    print(model(src, tgt, tgt_mask=tgt_mask)[0, 0])
dl = nn.TransformerDecoderLayer(16, 4, 32, 0.0, batch_first=True, norm_first=True, activation='gelu')
print(dl(torch.randn(2, 5, 16), torch.randn(2, 7, 16)).sum().item())
for bad in (lambda: model(torch.randn(7, 2, 16), tgt), lambda: model(src, torch.randn(5, 3, 8))):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(model.decoder.layers[1])
