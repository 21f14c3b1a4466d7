// the projects of the build
rootProject.name = "shop"

include(":app")
include(
    ":libs:core",
    ":libs:testing",
)
// include(":old") is gone
project(":libs:testing").projectDir = file("testing")
