x = int8(5)
y = int8(-5)
z = uint8(200)
w = int32(-123456)
