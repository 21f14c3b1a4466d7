module example.com/lib

go 1.23

replace example.com/util v0.0.0 => ../util
