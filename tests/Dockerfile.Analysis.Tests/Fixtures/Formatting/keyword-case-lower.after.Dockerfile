from alpine as build
run echo hi
onbuild run make
