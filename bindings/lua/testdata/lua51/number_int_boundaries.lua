print(2^31, 2^32, -2^31, 2^45)
print(math.floor(2^40 + 0.5))
print(string.format("%d", 2^31), string.format("%d", -2^31))
print(string.format("%.0f", 2^53), string.format("%.0f", 2^53 + 1))
