for i = 1, 10 do if i == 4 then break end io.write(i) end print()
local i = 0 while true do i = i + 1 if i > 3 then break end end print(i)
repeat if i > 0 then break end until false print("out")
for _, v in ipairs({1, 2, 3, 4}) do if v == 3 then break end io.write(v) end print()
