# syntax=docker/dockerfile:1
FROM ubuntu:22.04 as build
MAINTAINER someone
WORKDIR app
RUN echo "héllo wörld" && apt-get install curl
CMD echo hi
