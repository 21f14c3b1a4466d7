FROM alpine:3.20
RUN echo one
# the second step
RUN echo two
