print(select(-2, "a", "b", "c"))
print(select(-1, 1, 2))
