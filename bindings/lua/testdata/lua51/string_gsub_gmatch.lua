print(string.gsub("hello world", "o", "0"))
print(string.gsub("hello world", "(%w+)", "<%1>"))
print(string.gsub("abc", "%w", "%0%0"))
print(string.gsub("hello", "l", "L", 1))
print(string.gsub("$name is $age", "%$(%w+)", {name = "bob", age = 42}))
print(string.gsub("abc", "b", function(c) return c:upper() end))
print(string.gsub("abc", "b", function() return nil end))
local words = {}
for w in string.gmatch("one two  three", "%a+") do words[#words + 1] = w end
print(table.concat(words, ","))
for k, v in string.gmatch("a=1, b=2", "(%w+)=(%w+)") do io.write(k, v, ";") end print()
