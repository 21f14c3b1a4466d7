FROM alpine:3.20
RUN echo "$(date)" ${HOME} '('
RUN echo "a b" `id -u`
