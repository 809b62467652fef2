from dataclasses import dataclass


@dataclass
class Config:
    lr: float
    epochs: int = 1


print(Config(0.5))
Config(epochs=3)
