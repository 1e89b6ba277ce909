local function f() return x end
setfenv(f, {x = "env"})
print(f())
print(getfenv(f).x)
