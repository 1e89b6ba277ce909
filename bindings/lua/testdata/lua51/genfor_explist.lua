local function iter(s, c) if c < s then return c + 1, c * 2 end end
for a, b in iter, 3, 0 do io.write(a, ":", b, " ") end print()
for a, b, c, d in iter, 2, 0 do io.write(a, tostring(c), tostring(d), " ") end print()
for a in iter, 2, 0, "extra" do io.write(a, " ") end print()
local function three() return iter, 2, 0 end
for a in three() do io.write(a, " ") end print()
