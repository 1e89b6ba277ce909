local n = 0
for x = 0, 1, 0.25 do n = n + 1 end
print(n)
for i = 3, 1 do print("never") end
for i = 1, 3, -1 do print("never") end
print("done")
