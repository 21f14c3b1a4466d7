From alpine As build
rUn echo hi
