FROM alpine:3.20
CMD exec app
