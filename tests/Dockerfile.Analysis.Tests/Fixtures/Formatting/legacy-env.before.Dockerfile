FROM alpine
ENV PATH /usr/local/bin:$PATH
ENV QUOTED "value"
ENV SPACED two words
ENV   A   b
ENV KV=1
