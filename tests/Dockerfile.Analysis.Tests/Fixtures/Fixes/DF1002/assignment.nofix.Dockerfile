FROM alpine:3.20
CMD DEBUG=1 app
