FROM alpine:3.20
ENV A "quoted value"
