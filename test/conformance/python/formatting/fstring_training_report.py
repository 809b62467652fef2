# A training-loop style report: format specs for losses, epochs, percentages and alignment.
losses = [2.302585, 1.20345, 0.654321, 0.123456789, 0.0098765]
accs = [0.1, 0.5512, 0.81, 0.9333333, 0.99999]
for epoch, (loss, acc) in enumerate(zip(losses, accs), start=1):
    print(f"epoch {epoch:>3d}/{len(losses):<3d} | loss {loss:.4f} | acc {acc:6.2%} | {loss:10.3e} | {acc:+.3f}")
lr = 3e-4
print(f"{lr=}", f"{lr = :.1e}", f"{losses[0]=:.2f}", f"{len(losses)=}")
name = "résumé"
print(f"[{name:^12}] [{name:*<10}] [{name!r:>12}] [{name!a}]")
print(f"{1234567.891:,.2f} {1234567:_d} {0.5:.0f} {1.5:.0f} {2.5:.0f} {-0.0:.1f} {1e100:.3g}")
print(f"{255:#x} {255:#o} {255:08b} {-42:0=+8d} {3.14159:{'>'}{10}.{3}f}")
width = 7
print(f"{'x':{width}}|{'y':>{width}}|{3.5:{width}.2f}|")
print(f"{{literal}} {'{'}{42}{'}'}")
