for i = 1, 3 do for c in function() return 1 end do break end print(i) end
local j = 0
while j < 2 do j = j + 1 for k in pairs({a = 1}) do break end print("w", j) end
repeat for k in pairs({a = 1}) do break end print("r") until true
for _, x in ipairs({"a", "b"}) do for y in function() return 1 end do break end print(x) end
