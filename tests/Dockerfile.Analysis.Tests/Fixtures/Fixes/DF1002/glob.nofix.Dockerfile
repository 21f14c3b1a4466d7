FROM alpine:3.20
CMD cat /etc/*.conf
