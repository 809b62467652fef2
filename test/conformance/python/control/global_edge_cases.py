# Edge cases: assignment makes a name local; globals created inside functions.
count = 0
def reads_then_assigns():
    try:
        print(count)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    count = 1
    return count
print(reads_then_assigns(), count)
def conditional_assign(flag):
    if flag:
        value = "set"
    return value
print(conditional_assign(True))
try:
    conditional_assign(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
def deleter():
    temp = 1
    del temp
    return temp
try:
    deleter()
except UnboundLocalError as e:
    print(type(e).__name__, e)
