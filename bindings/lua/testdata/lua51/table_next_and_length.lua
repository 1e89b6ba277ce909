local t = {10, 20, 30}
print(#t, next({}), type(next(t)))
t[#t + 1] = 40
print(#t, t[4])
t[#t] = nil
print(#t)
print(rawlen and "has rawlen" or "no rawlen")
