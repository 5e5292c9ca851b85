# a small bank-account class hierarchy
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__("insufficient funds in %s: need %d, have %d" % (account.owner, amount, account.balance))
        self.amount = amount

class Account:
    _next_id = 1
    fee = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        total = amount + self.fee
        if total > self.available():
            raise InsufficientFunds(self, total)
        self.balance -= total
        self.history.append(("withdraw", amount))
        return self

    def available(self):
        return self.balance

    def month_end(self):
        pass

    def __repr__(self):
        return "%s(#%d %s: %d)" % (type(self).__name__, self.id, self.owner, self.balance)

class Savings(Account):
    def __init__(self, owner, balance=0, rate_percent=2):
        super().__init__(owner, balance)
        self.rate = rate_percent

    def month_end(self):
        interest = self.balance * self.rate // 100
        if interest:
            self.deposit(interest)

class Checking(Account):
    fee = 1

    def __init__(self, owner, balance=0, overdraft=50):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def available(self):
        return self.balance + self.overdraft

class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, kind, *args, **kw):
        acct = kind(*args, **kw)
        self.accounts[acct.id] = acct
        return acct

    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
        except InsufficientFunds as e:
            return "transfer failed: " + str(e)
        dst.deposit(amount)
        return "transferred %d from %s to %s" % (amount, src.owner, dst.owner)

    def month_end(self):
        for acct in self.accounts.values():
            acct.month_end()

    def total(self):
        return sum(a.balance for a in self.accounts.values())

bank = Bank()
alice = bank.open(Savings, "alice", 1000, rate_percent=5)
bob = bank.open(Checking, "bob", 100)
carol = bank.open(Account, "carol")
print(alice, bob, carol)
print(bank.transfer(alice, bob, 300))
print(bank.transfer(bob, carol, 420))
print(bank.transfer(bob, carol, 100))
try:
    carol.deposit(-5)
except ValueError as e:
    print("error:", e)
bank.month_end()
for acct in sorted(bank.accounts.values(), key=lambda a: a.owner):
    print(acct, acct.history)
print("total", bank.total())
print([type(a).__name__ for a in bank.accounts.values()])
print(isinstance(bob, Account), issubclass(Savings, Checking))
