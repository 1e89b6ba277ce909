print(coroutine.running())
