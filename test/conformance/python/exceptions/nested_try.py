# Nested try blocks, exceptions in handlers and in finally.
def layered(mode):
    try:
        try:
            if mode == "inner":
                raise ValueError("inner problem")
            return "no error"
        except ValueError as e:
            print("inner handler:", e)
            if mode == "inner":
                raise TypeError("handler problem")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer handler:", e, "| context:", repr(e.__context__))
        return "recovered"
print(layered("inner"))
print(layered("none"))
