FROM alpine:3.20
RUN apk add curl && cp -r /var/cache/apk /tmp/apk-cache
