FROM alpine:3.20
RUN apk update && apk add --no-cache --update \
        ca-certificates \
        tzdata
