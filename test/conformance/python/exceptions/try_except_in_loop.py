# Retrying with a loop and exceptions; else and finally per attempt.
attempts = iter([ValueError("bad"), KeyError("missing"), None])
for n in range(1, 4):
    try:
        error = next(attempts)
        if error:
            raise error
    except (ValueError, KeyError) as e:
        print(f"attempt {n} failed: {type(e).__name__}: {e}")
    else:
        print(f"attempt {n} succeeded")
        break
    finally:
        print(f"attempt {n} done")
