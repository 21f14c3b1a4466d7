FROM alpine:3.20
ENTRYPOINT /usr/local/bin/app
CMD ["--help"]
