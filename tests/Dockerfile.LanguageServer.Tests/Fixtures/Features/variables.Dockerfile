FROM debian:12 AS base
ARG USER=app
ENV HOME=/home/$0$USER PATH=/usr/local/bin:$PATH
WORKDIR $HO$1ME
USER ${U$2SER}
RUN useradd $3
FROM base AS test
RUN echo $4$HOME
