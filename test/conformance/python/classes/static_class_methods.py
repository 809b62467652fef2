# @staticmethod and @classmethod, including alternative constructors and subclassing.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, text):
        return cls(*map(int, text.split("-")))
    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    pass
print(Date.from_string("2024-02-29"), MyDate.from_string("1999-12-31"), Date.is_leap(1900), Date.is_leap(2000))
d = Date(2020, 1, 1)
print(d.is_leap(2020), d.from_string("2001-1-1"), type(Date.__dict__["is_leap"]).__name__)
