FROM alpine:3.20
ENTRYPOINT /usr/local/bin/run-app --config /etc/app.conf
