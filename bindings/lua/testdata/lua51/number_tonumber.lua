print(tonumber("0x10"), tonumber("10", 2), tonumber("ff", 16), tonumber("z", 36))
print(tonumber("  5  "), tonumber("5e2"), tonumber(".5"), tonumber("5."))
print(tonumber("abc"), tonumber(""), tonumber("1 2"), tonumber(nil))
print(tonumber("10", 8), tonumber("777", 8), tonumber("1e1", 10))
