FROM alpine
RUN a
