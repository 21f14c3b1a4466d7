ARG BASE=debian
ARG VERSION
FROM ${BA$$SE}:bookworm AS base
ARG VER$$SION
ARG OTHER=x
ENV APP_HOME=/app PATH=/app/bin:$PATH
ENV GREETING="hello ${OTHER:-none}"
RUN echo "$APP_HOME and ${VERSION}" && echo '$APP_HOME is literal' && echo $GREE$$TING
WORKDIR $APP_$$HOME

FROM base AS child
RUN echo $APP_HO$$ME $VERSION
ENV APP_HOME=/srv
RUN echo $APP_HOME

FROM debian AS unrelated
ARG VERSION=2
RUN echo $VERS$$ION $APP_HOME
