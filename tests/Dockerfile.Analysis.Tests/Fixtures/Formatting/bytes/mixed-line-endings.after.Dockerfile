FROM alpine
RUN a \
    b
RUN c
