-- known difference: gopher-lua prints numbers exactly: integers up to 2^63 in full and other numbers with the shortest digits that read back the same (as Python and Go do); Lua 5.1 prints every number with %.14g. dscript keeps this: sizes and ids up to 2^53 print exactly. string.format("%.14g", x) prints as Lua 5.1.
print(1/3, 2^0.5, 0.1 + 0.2, 1e15, 2^53, 1e16)
print(1e14 + 0.5, math.pi, 2^63)
print(select(2, math.modf(3.7)))
