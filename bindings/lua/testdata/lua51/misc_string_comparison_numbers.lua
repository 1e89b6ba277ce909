print(pcall(function() return 1 < "2" end))
print("10" < "9", 10 < 9)
