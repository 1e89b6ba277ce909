local s = "abc"
print(s:upper(), ("x"):rep(2), #s, s.len == string.len, s:byte(-1))
string.shout = function(x) return x:upper() .. "!" end
print(("hi"):shout())
