FROM ubuntu:22.04@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef AS b$$ase
MAINT$$AINER someone@example.com
RUN --mo$$unt=type=ca$$che,targ$$et=/var/cache/apt apt-get update
COPY --ch$$own=app:app . /app
FROM --platform=linux/arm64 gh$$cr.io/owner/tool:v1
FROM scra$$tch
HEALTHCHECK --inter$$val=5s CMD true
