local s = ""
for i = 32, 126 do s = s .. string.char(i) end
print(#s, s:byte(1), s:byte(-1), s:sub(34, 40))
print(string.char(), ("\0"):byte(), #"\0\0")
