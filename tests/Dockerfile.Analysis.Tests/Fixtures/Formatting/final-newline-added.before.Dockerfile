FROM alpine
RUN a