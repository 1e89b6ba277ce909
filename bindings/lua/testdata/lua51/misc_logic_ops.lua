print(1 and 2, nil and 1, false or "d", nil or false, not nil, not 0)
print(1 == 1.0, "a" < "b", "Z" < "a", "abc" < "abd", "" < "a")
print(2 < 3 and "yes" or "no")
