# syntax=docker/dockerfile:1
ARG BASE=python
ARG VERSION=3.12
ARG REGISTRY
FROM --platform=$BUILDPLATFORM ${BASE}:${VERSION}-slim AS deps
ARG VERSION
ENV APP_HOME=/srv/app PATH=/srv/bin:$PATH
WORKDIR $APP_HOME
COPY requirements.txt ./
RUN pip install -r requirements.txt

FROM deps AS build
ENV STAGE=build
COPY . .
RUN --mount=type=cache,from=cache,target=/root/.cache python -m build

FROM alpine:3.19 AS cache
RUN echo cache

FROM golang:1.22 AS unused
COPY --from=deps /srv/app /app

FROM gcr.io/distroless/python3@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
COPY --from=build $APP_HOME/dist /app
COPY --from=0 /srv/bin /bin
COPY --from=nginx:latest /etc/nginx/nginx.conf /etc/nginx/
