FROM alpine:3.20
ENV APP_HOME="/srv/app"
ENV GREETING="hello $USER and friends"
LABEL description="A small image"
