print(type(os.time()), type(os.clock()), type(os.date("%Y")))
print(os.date("%Y-%m-%d", 0) ~= nil)
