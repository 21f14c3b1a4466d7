FROM alpine
RUN echo start \