local i = 0
while i < 5 do i = i + 1 end print(i)
repeat i = i - 1 until i <= 2 print(i)
local k = 0
repeat local done = k >= 3 k = k + 1 until done
print(k)
