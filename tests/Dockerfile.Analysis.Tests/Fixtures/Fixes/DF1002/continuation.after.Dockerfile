FROM alpine:3.20
CMD ["/usr/local/bin/app", "--verbose"]
