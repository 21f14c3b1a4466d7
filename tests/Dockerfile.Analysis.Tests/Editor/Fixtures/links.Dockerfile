FROM python:3.12-slim AS py
FROM library/nginx
FROM bitnami/redis:7
FROM ghcr.io/owner/image:tag
FROM mcr.microsoft.com/dotnet/sdk:8.0
FROM quay.io/prometheus/node-exporter
FROM public.ecr.aws/lambda/python:3.12
FROM registry.example.com/team/app
FROM py
COPY requirements.txt src/*.py missing.txt ./
COPY . .
RUN pip install -r requirements.txt
RUN python -m compileall .
ADD https://example.com/file.tgz /tmp/
