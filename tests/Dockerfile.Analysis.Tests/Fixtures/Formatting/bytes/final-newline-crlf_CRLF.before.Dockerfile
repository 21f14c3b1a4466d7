FROM alpine
RUN   a