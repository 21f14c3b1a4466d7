FROM alpine:3.20
RUN export A=1
RUN echo $A
