FROM alpine:3.20
CMD app | tee /var/log/app.log
