FROM alpine AS build
Run echo hi
onbuild RUN make
