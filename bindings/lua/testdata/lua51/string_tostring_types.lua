print(tostring(nil), tostring(true), tostring(false), tostring(12), tostring("s"))
print(type(print), type(nil), type({}), type("x"), type(2), type(true))
print(tostring(print):match("^(%a+):") , tostring({}):match("^(%a+):"))
