# A small class-based program with validation errors, a history log and a final uncaught error.
class InsufficientFunds(Exception):
    pass

class Account:
    interest = 0.02

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(f"{self.owner} has {self._balance:.2f}, needs {amount:.2f}")
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def __repr__(self):
        return f"Account({self.owner!r}, balance={self._balance:.2f})"

acct = Account("ada", 100)
acct.deposit(50).withdraw(30)
print(acct, acct.history, acct.balance)
for action, amount in [("deposit", -5), ("withdraw", 500), ("deposit", 0.25)]:
    try:
        getattr(acct, action)(amount)
        print("ok", acct)
    except (ValueError, InsufficientFunds) as e:
        print(f"{type(e).__name__}: {e}")
print(f"{acct.balance * (1 + Account.interest):,.3f}")
acct.withdraw(1000)
