# A KeyError raised three calls deep.
config = {"db": {"host": "localhost"}}
def get(path):
    node = config
    for part in path.split("."):
        node = node[part]
    return node
def connect():
    return get("db.host"), get("db.port")
print(connect())
