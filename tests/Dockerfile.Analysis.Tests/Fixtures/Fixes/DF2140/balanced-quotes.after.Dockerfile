FROM alpine:3.20
RUN echo "$(date)" ${HOME} '(' \
    && echo "a b" `id -u`
