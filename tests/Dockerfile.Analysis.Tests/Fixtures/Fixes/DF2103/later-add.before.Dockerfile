FROM alpine:3.20
RUN apk add --update curl
RUN apk add git
