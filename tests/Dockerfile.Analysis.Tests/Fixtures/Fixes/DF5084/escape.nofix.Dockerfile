FROM alpine:3.20
ENV A one\ two
