local t = {1, 2, x = "y", "three"; "four"}
print(t[1], t[2], t[3], t[4], t.x, #t)
local function f() return 1, 2, 3 end
local u = {f(), f(), 10}
print(#u, u[1], u[2], u[3])
local v = {f(), (f())}
print(#v)
local nested = {a = {b = {c = "deep"}}}
print(nested.a.b.c)
local w = {[1] = "a", [2] = "b", [10] = "j"}
print(w[10])
