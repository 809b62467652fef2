# Date arithmetic by hand: leap years, day of week (Zeller) and days between dates.
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
def day_of_year(y, m, d):
    return sum(DAYS[:m - 1]) + d + (1 if m > 2 and is_leap(y) else 0)
def weekday(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return ["Sat", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri"][h]
print([y for y in range(1896, 1912) if is_leap(y)], day_of_year(2024, 3, 1), day_of_year(2023, 12, 31))
print(weekday(2000, 1, 1), weekday(1969, 7, 20), weekday(2024, 2, 29))
