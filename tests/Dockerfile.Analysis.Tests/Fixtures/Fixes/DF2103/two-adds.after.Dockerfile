FROM alpine:3.20
RUN apk add --no-cache curl \
    && apk add --no-cache git \
    && adduser -D app
