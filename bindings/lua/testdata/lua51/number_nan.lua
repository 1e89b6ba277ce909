local nan = 0/0
print(nan ~= nan, nan == nan)
print(tostring(nan))
