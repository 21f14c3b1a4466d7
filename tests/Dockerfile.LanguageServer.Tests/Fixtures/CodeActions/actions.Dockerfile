FROM ubuntu:22.04 as build
MAINTAINER someone
RUN apt-get update
RUN apt-get install -y curl
EXPOSE 80/TCP
EXPOSE 443/UDP
CMD echo hi
