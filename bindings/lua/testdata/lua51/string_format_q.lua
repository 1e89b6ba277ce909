print(string.format("%q", 'he said "hi"\n'))
print(string.format("%q", "tab\tend"))
print(string.format("%q", "nul\0x"))
