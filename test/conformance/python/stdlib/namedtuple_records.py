# namedtuples as lightweight records: sorting, grouping and conversion.
from collections import namedtuple
Employee = namedtuple("Employee", "name dept salary")
staff = [Employee("ann", "dev", 120), Employee("bob", "ops", 90), Employee("cy", "dev", 100)]
print(sorted(staff, key=lambda e: e.salary)[0], max(staff, key=lambda e: e.salary).name)
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept, [e._asdict()["salary"] for e in staff], staff[0]._replace(salary=130))
name, dept, salary = staff[1]
print(name, dept, salary, Employee._fields, tuple(staff[2]))
