math.randomseed(42)
local ok = true
for i = 1, 100 do local r = math.random(1, 6) if r < 1 or r > 6 or r % 1 ~= 0 then ok = false end end
local f = math.random()
print(ok, f >= 0 and f < 1)
