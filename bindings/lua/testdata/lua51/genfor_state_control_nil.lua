local function f(s, c) print("called", s, c) if c == nil then return 1 end end
for k in f do end
for k in f do end
for k, v in pairs({a = 1}) do end
for k, v in f do end
