local vals = {false, false, nil}
local i = 0
local function it() i = i + 1 if i <= 2 then return false, i end end
local n = 0
for a, b in it do n = n + 1 end
print(n)
