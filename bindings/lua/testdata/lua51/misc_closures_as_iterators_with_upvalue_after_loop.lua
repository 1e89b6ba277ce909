local last
for i = 1, 3 do last = function() return i end end
print(last())
