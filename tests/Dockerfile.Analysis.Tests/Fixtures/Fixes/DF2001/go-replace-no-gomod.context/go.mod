module example.com/app

go 1.23

replace (
	example.com/legacy v1.2.0 => ./third_party/legacy
	golang.org/x/net => golang.org/x/net v0.30.0
)
