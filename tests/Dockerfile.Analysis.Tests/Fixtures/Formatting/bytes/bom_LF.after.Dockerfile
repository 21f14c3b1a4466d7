FROM alpine
RUN a
