# An error raised inside a method shows the method frame in the traceback.
class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        return self.balance
acct = Account(100)
print(acct.withdraw(30))
print(acct.withdraw(500))
