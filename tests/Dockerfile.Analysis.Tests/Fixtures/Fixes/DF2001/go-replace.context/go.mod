module example.com/app

go 1.23

require (
	example.com/lib v0.0.0
	github.com/google/uuid v1.6.0
)

// the library lives in this repository
replace example.com/lib => ./lib
