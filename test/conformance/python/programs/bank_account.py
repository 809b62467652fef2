# A small bank account class with validation and a transaction log.
class InsufficientFunds(Exception):
    pass
class Account:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.log = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.log.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has only {self.balance}")
        self.balance -= amount
        self.log.append(("withdraw", amount))
    def add_interest(self):
        self.balance = round(self.balance * (1 + self.interest), 2)
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"
acct = Account("ann", 100)
acct.deposit(50)
for amount in [30, 500]:
    try:
        acct.withdraw(amount)
    except InsufficientFunds as e:
        print("error:", e)
try:
    acct.deposit(-1)
except ValueError as e:
    print("error:", e)
acct.add_interest()
print(acct, acct.log)
