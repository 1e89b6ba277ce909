local store = {}
local proxy = setmetatable({}, {__newindex = store, __index = store})
proxy.a = 1
print(rawget(proxy, "a"), store.a, proxy.a)
rawset(proxy, "b", 2)
print(rawget(proxy, "b"), store.b)
