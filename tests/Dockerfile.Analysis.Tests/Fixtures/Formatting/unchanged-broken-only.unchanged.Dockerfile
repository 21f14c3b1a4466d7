FROM alpine
RUN   [ "x", ]
