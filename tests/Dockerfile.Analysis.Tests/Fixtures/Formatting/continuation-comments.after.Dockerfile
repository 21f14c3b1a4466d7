FROM alpine
RUN apt-get install -y \
    # a comment at the left edge
    curl \
    # an indented comment
    git \

    make
ENV A=1 \
    # about B
    B=2
