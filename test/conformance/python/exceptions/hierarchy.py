# The built-in exception hierarchy: catching a base catches subclasses.
pairs = [(ZeroDivisionError, ArithmeticError), (KeyError, LookupError), (IndexError, LookupError), (ValueError, Exception),
         (Exception, BaseException), (KeyboardInterrupt, Exception), (StopIteration, Exception), (RecursionError, RuntimeError),
         (ModuleNotFoundError, ImportError), (UnboundLocalError, NameError), (NotImplementedError, RuntimeError), (OverflowError, ArithmeticError)]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
for exc in [ZeroDivisionError("z"), KeyError("k"), IndexError("i")]:
    try:
        raise exc
    except LookupError as e:
        print("lookup", type(e).__name__, e)
    except ArithmeticError as e:
        print("arith", type(e).__name__, e)
print([c.__name__ for c in KeyError.__mro__])
