# Calling a method on None (a missing return value) is an AttributeError.
def find_user(name):
    users = {"ann": {"email": "ann@example.com"}}
    return users.get(name)
print(find_user("ann")["email"].upper())
print(find_user("bob").get("email"))
