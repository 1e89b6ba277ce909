local s = "Hello"
print(s:len(), s:upper(), ("%s!"):format(s), #s:rep(3, ""))
