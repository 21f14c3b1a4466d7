FROM alpine:3.20
ENV A　B value
